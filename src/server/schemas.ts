// JSON schemas for every route: fastify validates requests (and serializes
// responses) with them, and /openapi.json is assembled from the same objects.
// Value ranges are checked by resolveSettings (shared with the CLI and the
// Action); the schemas check shapes and document the ranges. The capture
// options come from the settings spec (src/config/spec.ts).

import { PAGE_SETTINGS } from '../config/page-rules.ts';
import { defaultText, httpOptionFields, SPEC, specOf } from '../config/spec.ts';
import { MAX_PAGE_RULES, MAX_VARIANTS } from '../core/recipe.ts';
import type { GenericHttpField, SettingName } from '../config/spec.ts';
import { SERVER_STEP_LIMITS } from '../config/steps.ts';
import { STEP_KINDS } from '../core/steps/step.ts';

const nullable = (type: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: [type, 'null'], ...extra });
const stringList = (description: string): Record<string, unknown> => ({
  type: ['string', 'array'],
  items: { type: 'string', maxLength: 2048 },
  maxItems: 1000,
  description,
});

export const JOB_STATUSES = ['pending', 'processing', 'completed', 'partial', 'failed', 'canceled'] as const;

export const JOB_SCHEMA = {
  type: 'object',
  description: 'The Job document: the same shape the CLI prints with --json and webhooks carry.',
  required: ['id', 'type', 'status', 'progress', 'result', 'result_url', 'download_url', 'error', 'webhook_url', 'webhook_status', 'created_at', 'started_at', 'completed_at', 'expires_at'],
  properties: {
    id: { type: 'string', examples: ['job_01KNS1WNPW9FCHZSK4XNTHMB0H'] },
    type: { type: 'string', enum: ['capture', 'batch', 'sitemap'] },
    status: { type: 'string', enum: JOB_STATUSES, description: 'completed: every URL captured; partial: some failed; failed: all failed or the run could not start; canceled: stopped by DELETE /v1/jobs/{id} (the pages captured before stay downloadable).' },
    progress: {
      type: 'object',
      required: ['total', 'completed', 'failed', 'percentage'],
      properties: {
        total: { type: 'integer', description: 'URLs planned so far (grows while a sitemap is read).' },
        completed: { type: 'integer' },
        failed: { type: 'integer' },
        percentage: { type: 'integer', minimum: 0, maximum: 100 },
      },
    },
    result: {
      type: ['object', 'null'],
      description: 'capture jobs, once completed: the single capture.',
      required: ['id', 'url', 'page_url', 'width', 'height', 'format'],
      properties: {
        id: { type: 'string', examples: ['cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE'] },
        url: {
          type: 'string',
          description: 'Where the image is fetched (GET, with the same API key): the absolute URL of /v1/captures/{id}.{format extension}, on the server\'s publicUrl or else the origin the request was sent to. Store this one.',
          examples: ['https://shots.example.com/v1/captures/cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE.png'],
        },
        page_url: { type: 'string', description: 'The page that was captured.', examples: ['https://example.com/'] },
        width: { type: 'integer' },
        height: { type: 'integer' },
        format: { type: 'string' },
        parts: {
          type: 'array',
          description: 'With `split`, when the page was taller than a part: every part in page order, the first being the image at `url`. Absent for one image.',
          items: {
            type: 'object',
            required: ['url', 'y', 'page_height', 'width', 'height'],
            properties: {
              url: { type: 'string', description: 'The absolute URL of /v1/captures/{id}/parts/{k}.{format extension}, k from 1.', examples: ['https://shots.example.com/v1/captures/cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE/parts/2.png'] },
              y: { type: 'integer', description: 'Where the part starts on the page, CSS px.' },
              page_height: { type: 'integer', description: 'How much of the page the part shows, CSS px.' },
              width: { type: 'integer' },
              height: { type: 'integer' },
            },
          },
        },
      },
    },
    result_url: nullable('string', { description: 'Where the ZIP is downloaded, once the job is completed or partial.' }),
    download_url: nullable('string', { description: 'Same as result_url.' }),
    error: nullable('string'),
    webhook_url: nullable('string'),
    webhook_status: { type: ['string', 'null'], enum: ['pending', 'delivered', 'failed', null] },
    created_at: { type: 'string', format: 'date-time' },
    started_at: nullable('string', { format: 'date-time' }),
    completed_at: nullable('string', { format: 'date-time' }),
    expires_at: nullable('string', { format: 'date-time', description: 'After this the results are deleted and downloads answer 410.' }),
  },
} as const;

export const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'field'],
      properties: {
        code: { type: 'string', examples: ['invalid_request'] },
        message: { type: 'string', description: 'What went wrong and what to do about it.' },
        field: nullable('string', { description: 'The request field to fix, e.g. "viewport" or "urls[2]".' }),
      },
    },
  },
} as const;

export const ACCEPTED_SCHEMA = {
  type: 'object',
  required: ['job_id', 'status'],
  properties: {
    job_id: { type: 'string' },
    status: { type: 'string', enum: JOB_STATUSES },
  },
} as const;

export const JOB_LIST_SCHEMA = {
  type: 'object',
  required: ['jobs', 'total', 'limit', 'offset'],
  properties: {
    jobs: { type: 'array', items: JOB_SCHEMA },
    total: { type: 'integer', description: 'Jobs matching the filter, all pages together.' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
  },
} as const;

const URL_STRING = { type: 'string', minLength: 1, maxLength: 2048 } as const;

/** First letter up, full stop at the end: spec descriptions are help-text fragments. */
const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;

/** " Default X." from the settings spec ('' when unset means none). */
const defaultNote = (name: SettingName): string => (defaultText(name) ? ` Default ${defaultText(name)}.` : '');

/** The description of a spec-derived field: what it does, its range (checked by resolveSettings), its default. */
function optionDescription(name: SettingName, about?: string): string {
  const spec = specOf(name);
  const range = spec.kind === 'int' || spec.kind === 'number' ? ` ${spec.min}-${spec.max}.` : '';
  return `${sentence(about ?? spec.description)}${range}${defaultNote(name)}`;
}

/** A field's schema from its setting's kind (settings with a shape of their own are below). */
function optionSchema(name: SettingName, http: GenericHttpField): Record<string, unknown> {
  const spec = specOf(name);
  const description = optionDescription(name, http.about);
  switch (spec.kind) {
    case 'string': return { type: 'string', maxLength: http.maxLength ?? 1000, description };
    case 'int': return { type: 'integer', description };
    case 'number': return { type: 'number', description };
    case 'bool': return { type: 'boolean', description };
    case 'enum': return { type: 'string', enum: spec.values, description };
    case 'list': return stringList(description);
    default: throw new Error(`settings spec: ${name} (${spec.kind}) needs a schema of its own in src/server/schemas.ts`);
  }
}

/**
 * Options every POST takes: how each page is rendered and framed. Built from
 * the settings spec; fastify checks shapes and resolveSettings checks values
 * (ranges, allowed values), so an error reads the same from every door. The
 * schemas carry no `default` keyword: fastify would write it into the body,
 * and a request's own choice (a device's viewport, background_preset) must
 * stay distinguishable from the default.
 */
export const OPTION_PROPERTIES: Record<string, Record<string, unknown>> = {
  ...Object.fromEntries(httpOptionFields().map(({ field, setting, http }) => [field, optionSchema(setting, http)])),
  background: { type: 'string', maxLength: 200, description: `Background preset, CSS colour, or "transparent".${defaultNote('background')}` },
  background_preset: { type: 'string', maxLength: 200, description: 'Another name for background.' },
  viewport: {
    type: ['string', 'object'],
    description: `Viewport in CSS px: "1280x800" or {"width":1280,"height":800}, ${SPEC.viewport.min}-${SPEC.viewport.max} each. Default ${defaultText('viewport')} (a device frame may set its own).`,
    maxLength: 20,
    required: ['width', 'height'],
    additionalProperties: false,
    properties: { width: { type: 'integer' }, height: { type: 'integer' } },
  },
  headers: {
    type: ['object', 'array'],
    description: 'Extra HTTP headers on every page request: {"Name":"value"} or ["Name: value"]. Values are never returned or logged.',
    additionalProperties: { type: 'string', maxLength: 8192 },
    items: { type: 'string', maxLength: 8192 },
    maxItems: 100,
    maxProperties: 100,
  },
  cookies: {
    type: 'array',
    description: 'Cookies set before each page: "name=value; domain=example.com" or {"name","value","domain","path"}. Values are never returned or logged.',
    maxItems: 100,
    items: {
      type: ['string', 'object'],
      maxLength: 8192,
      required: ['name', 'value'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 256 },
        value: { type: 'string', maxLength: 8192 },
        domain: { type: 'string', maxLength: 256 },
        path: { type: 'string', maxLength: 1024 },
      },
    },
  },
  webhook_url: { ...URL_STRING, description: 'POSTed the Job document when the job ends (signed when the server has a webhook secret).' },
  steps: {
    type: 'array',
    maxItems: SERVER_STEP_LIMITS.maxSteps,
    description: `Page steps, run in order after each page is ready and before its shot: one-key objects such as {"click":"#accept"} or {"fill":"#q","value":"…"} (kinds: ${STEP_KINDS.join(', ')}). At most ${SERVER_STEP_LIMITS.maxSteps}; css and js at most ${SERVER_STEP_LIMITS.maxCodeBytes / 1024} KB each and inline (no @file); values inline (no env:), never returned or logged. js runs in the page like the page's own scripts.`,
    items: {
      type: 'object',
      minProperties: 1,
      maxProperties: 2,
      additionalProperties: false,
      properties: {
        ...Object.fromEntries(STEP_KINDS.map((kind) => [kind, kind === 'wait'
          ? { type: ['integer', 'string'], maxLength: 10 }
          : { type: 'string', maxLength: kind === 'css' || kind === 'js' ? SERVER_STEP_LIMITS.maxCodeBytes : 2048 }])),
        value: { type: ['string', 'number', 'boolean'], maxLength: 8192 },
      },
    },
  },
  pages: {
    type: ['array', 'string'],
    maxItems: MAX_PAGE_RULES,
    maxLength: 100_000,
    items: { type: 'object', maxProperties: 40 },
    description: `Per-page rules, applied in order: each {"match": "/docs/**"} (a glob on the URL path) or {"regex": "…"}, with "name", "keep_fragment" and page settings (${PAGE_SETTINGS.join(', ')}); or the same list as YAML/JSON text. At most ${MAX_PAGE_RULES}.`,
  },
  variants: {
    type: ['array', 'object', 'string'],
    maxItems: MAX_VARIANTS,
    maxProperties: MAX_VARIANTS,
    maxLength: 2000,
    items: { type: 'object', maxProperties: 40 },
    description: `Capture each page once per variant, as <page>@<name>: [{"name": "phone", "device": "phone-ios"}], {"phone": {"device": "phone-ios"}}, or "desktop=browser-macos,phone=phone-ios". At most ${MAX_VARIANTS}.`,
  },
  storage_state: {
    // A string is let through the schema so that the request can be refused with a message that says why (request.ts).
    type: ['object', 'string'],
    description: "Playwright's storage state as a JSON object ({\"cookies\": […], \"origins\": […]}, what storageState() writes), loaded into every page: each cookie to its own domain only. Never a path: the server reads no files for a request. Values are never returned or logged.",
    maxLength: 2048,
  },
  login: {
    type: 'object',
    description: 'Log in once before the first capture: {"url", "steps": [{"fill": "#password", "value": "…"}, {"click": "button"}], "success-url"}; the session is shared by every page. Step values are sent as themselves (env: is not read on the server). The egress guard applies to everything it loads. Values are never returned or logged.',
    required: ['url', 'steps'],
    properties: {
      url: URL_STRING,
      steps: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'object', minProperties: 1, maxProperties: 2 } },
      'success-url': { type: 'string', maxLength: 2048 },
    },
    additionalProperties: false,
  },
};

const SELECTION_PROPERTIES = {
  include: stringList('Glob patterns on the URL path (plus query), e.g. "/docs/**"; only matching URLs are captured.'),
  exclude: stringList('Glob patterns on the URL path; matching URLs are skipped (wins over include).'),
  limit: { type: 'integer', minimum: 1, description: "Capture at most this many URLs (capped by the server's maxUrlsPerJob)." },
  callback_url: { ...URL_STRING, description: 'Another name for webhook_url.' },
} as const;

export const CAPTURE_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  properties: {
    url: { ...URL_STRING, description: 'The page to capture.' },
    async: { type: 'boolean', default: true, description: 'false: wait and answer 200 with the finished Job document (202 if it takes longer than the server allows).' },
    ...OPTION_PROPERTIES,
  },
} as const;

export const BATCH_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['urls'],
  properties: {
    urls: { type: 'array', minItems: 1, items: URL_STRING, description: 'Pages to capture, in order; duplicates are captured once.' },
    ...SELECTION_PROPERTIES,
    ...OPTION_PROPERTIES,
  },
} as const;

export const SITEMAP_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['sitemap_url'],
  properties: {
    sitemap_url: { ...URL_STRING, description: 'Sitemap (urlset, index, .gz, text, RSS or Atom) to read the pages from.' },
    ...SELECTION_PROPERTIES,
    max_pages: { type: 'integer', minimum: 1, description: 'Another name for limit.' },
    include_pattern: { type: 'string', minLength: 1, maxLength: 1000, description: 'Regular expression on the full URL; only matching URLs are captured.' },
    exclude_pattern: { type: 'string', minLength: 1, maxLength: 1000, description: 'Regular expression on the full URL; matching URLs are skipped.' },
    ...OPTION_PROPERTIES,
  },
} as const;

export const JOB_ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64, description: 'Job id, e.g. job_01KNS1WNPW9FCHZSK4XNTHMB0H.' } },
} as const;

export const CAPTURE_FILE_PARAMS = {
  type: 'object',
  required: ['id', 'ext'],
  properties: {
    id: { type: 'string', maxLength: 64, description: 'Capture id (result.id of a capture job), or the job id.' },
    ext: { type: 'string', enum: ['png', 'jpg', 'jpeg', 'webp', 'avif'], description: 'File extension of the capture format.' },
  },
} as const;

export const CAPTURE_PART_PARAMS = {
  type: 'object',
  required: ['id', 'k', 'ext'],
  properties: {
    id: CAPTURE_FILE_PARAMS.properties.id,
    k: { type: 'integer', minimum: 1, description: 'The part, from 1 (result.parts[k - 1]).' },
    ext: CAPTURE_FILE_PARAMS.properties.ext,
  },
} as const;

export const LIST_QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: JOB_STATUSES },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
} as const;

export const HEALTH_SCHEMA = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string', enum: ['ok', 'unavailable'] }, queued: { type: 'integer' } },
} as const;
