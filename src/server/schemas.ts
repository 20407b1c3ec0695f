// JSON schemas for every route: fastify validates requests (and serializes
// responses) with them, and /openapi.json is assembled from the same objects.
// Value ranges are checked by resolveSettings (shared with the CLI and the
// Action); the schemas check shapes and document the ranges.

const nullable = (type: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: [type, 'null'], ...extra });
const stringList = (description: string): Record<string, unknown> => ({
  type: ['string', 'array'],
  items: { type: 'string', maxLength: 2048 },
  maxItems: 1000,
  description,
});

export const JOB_STATUSES = ['pending', 'processing', 'completed', 'partial', 'failed'] as const;

export const JOB_SCHEMA = {
  type: 'object',
  description: 'The Job document: the same shape the CLI prints with --json and webhooks carry.',
  required: ['id', 'type', 'status', 'progress', 'result', 'result_url', 'download_url', 'error', 'webhook_url', 'webhook_status', 'created_at', 'started_at', 'completed_at', 'expires_at'],
  properties: {
    id: { type: 'string', examples: ['job_01KNS1WNPW9FCHZSK4XNTHMB0H'] },
    type: { type: 'string', enum: ['capture', 'batch', 'sitemap'] },
    status: { type: 'string', enum: JOB_STATUSES, description: 'completed: every URL captured; partial: some failed; failed: all failed, cancelled, or the run could not start.' },
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

/** Options every POST takes: how each page is rendered and framed. */
const OPTION_PROPERTIES = {
  device: { type: 'string', maxLength: 100, description: 'Frame id (list: `framecap devices`), or "none" for the plain screenshot. Default browser-macos.' },
  theme: { type: 'string', enum: ['light', 'dark'], description: 'Frame theme. Default light.' },
  background: { type: 'string', maxLength: 200, description: 'Background preset, CSS colour, or "transparent". Default midnight.' },
  background_preset: { type: 'string', maxLength: 200, description: 'Another name for background.' },
  padding: { type: 'integer', description: 'Space around the frame, CSS px, 0-1000. Default 64.' },
  radius: { type: 'integer', description: 'Window corner radius, CSS px, 0-200. Default 12.' },
  shadow: { type: 'boolean', description: 'Drop shadow under the frame. Default true.' },
  title: { type: 'string', maxLength: 500, description: 'Address bar text instead of the page URL.' },
  viewport: {
    type: ['string', 'object'],
    description: 'Viewport in CSS px: "1280x800" or {"width":1280,"height":800}, 100-7680 each. Default 1280x800 (a device frame may set its own).',
    maxLength: 20,
    required: ['width', 'height'],
    additionalProperties: false,
    properties: { width: { type: 'integer' }, height: { type: 'integer' } },
  },
  scale: { type: 'number', description: 'Device scale factor, 1-4. Default 1.' },
  full_page: { type: 'boolean', description: 'Capture the whole scrollable page. Default false.' },
  format: { type: 'string', enum: ['png', 'jpeg', 'webp', 'avif'], description: 'Image format. Default png.' },
  quality: { type: 'integer', description: 'jpeg/webp quality, 1-100. Default 90.' },
  wait_until: { type: 'string', enum: ['load', 'domcontentloaded', 'networkidle'], description: 'Navigation event to wait for. Default load.' },
  wait_for: { type: 'string', maxLength: 1000, description: 'CSS selector to wait for (visible) before the shot.' },
  delay: { type: 'integer', description: 'Extra wait before the shot, ms, 0-60000. Default 0.' },
  hide: stringList('CSS selectors hidden before the shot (cookie banners, chat widgets).'),
  color_scheme: { type: 'string', enum: ['light', 'dark'], description: 'prefers-color-scheme. Default light.' },
  timeout: { type: 'integer', description: 'Time limit per page (navigation, waits, shot), ms, 1000-600000. Default 30000.' },
  retries: { type: 'integer', description: 'Retries for transient failures, 0-10. Default 2.' },
  user_agent: { type: 'string', maxLength: 1000, description: "Override the browser's user agent." },
  block_ads: { type: 'boolean', description: "Block ads with EasyList's network and element-hiding rules (the server's copy). Default false." },
  block_trackers: { type: 'boolean', description: "Block trackers with EasyPrivacy (the server's copy). Default false." },
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
} as const;

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
