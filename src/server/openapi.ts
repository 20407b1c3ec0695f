// /openapi.json, assembled from the route specs: the schemas fastify
// validates with are the ones the document shows.

import { VERSION } from '../version.ts';
import type { RouteSpec } from './routes/spec.ts';

type Json = Record<string, unknown>;

export function buildOpenApi(routes: RouteSpec[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'framecap Jobs API',
      version: VERSION,
      description: 'Queue captures of one page, a list of pages or a sitemap; poll the job; download one ZIP with every framed screenshot and manifest.json.',
    },
    tags: [
      { name: 'Jobs', description: 'Submit, read, cancel and download jobs.' },
      { name: 'Captures', description: 'Single images of capture jobs.' },
      { name: 'Service', description: 'Health and this document.' },
    ],
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key from the server operator.' } },
    },
    paths,
  };
}

function operation(route: RouteSpec): Json {
  const parameters: Json[] = [];
  for (const [name, schema] of properties(route.params)) {
    parameters.push({ name, in: 'path', required: true, schema, ...describe(schema) });
  }
  const requiredQuery = new Set(((route.querystring as Json | undefined)?.required as string[] | undefined) ?? []);
  for (const [name, schema] of properties(route.querystring)) {
    parameters.push({ name, in: 'query', required: requiredQuery.has(name), schema, ...describe(schema) });
  }
  if (route.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Makes retries safe: the same key with the same API key and body returns the same job (200) instead of queuing another.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  const responses: Json = {};
  for (const [code, doc] of Object.entries(route.responses)) {
    const response: Json = { description: doc.description };
    if (doc.schema) response.content = { 'application/json': { schema: doc.schema } };
    if (doc.binary) response.content = Object.fromEntries(doc.binary.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
    if (doc.headers) {
      response.headers = Object.fromEntries(Object.entries(doc.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }]));
    }
    responses[code] = response;
  }
  const op: Json = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: route.auth ? [{ bearerAuth: [] }] : [],
    responses,
  };
  if (route.description) op.description = route.description;
  if (parameters.length > 0) op.parameters = parameters;
  if (route.body) op.requestBody = { required: true, content: { 'application/json': { schema: route.body } } };
  return op;
}

function properties(schema: object | undefined): Array<[string, Json]> {
  const props = (schema as Json | undefined)?.properties as Record<string, Json> | undefined;
  return props ? Object.entries(props) : [];
}

function describe(schema: Json): Json {
  return typeof schema.description === 'string' ? { description: schema.description } : {};
}
