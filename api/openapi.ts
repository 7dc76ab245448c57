import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

// The schemas that validate requests at the edge also produce the published document (STYLE.md "The API"),
// so code and `GET /api/openapi.json` cannot drift apart.
export const registry = new OpenAPIRegistry();

registry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'zj_session' });
registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'a session token (users) or an API key (external systems)' });

export const Problem = registry.register(
  'Problem',
  z
    .object({
      type: z.string().openapi({ description: 'ends in the stable problem code (e.g. …/problems/own-plan-approval) a caller acts on and the admin UI translates; without a specific code, the status (…/problems/forbidden)' }),
      title: z.string(),
      status: z.number().int(),
      detail: z.string().openapi({ description: 'English, for logs and integrators; people read the translation of `type`' }),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional().openapi({ description: 'the values the problem names (a count, a date, a name), for the translation' }),
      errors: z
        .array(
          z.object({
            field: z.string(),
            message: z.string(),
            code: z.string().optional().openapi({ description: 'the rule the value broke: zod issue codes (too_small, invalid_type, …) or invalid-character, date-out-of-range' }),
            params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          }),
        )
        .optional(),
      instance: z.string().optional(),
      requestId: z.string().optional(),
    })
    .openapi({ description: 'RFC 9457 problem details' }),
);

/** Who may call: a logged-in user (cookie or bearer session token), or an external system's API key. */
export const userSecurity: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
export const systemSecurity: Array<Record<string, string[]>> = [{ bearer: [] }];

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/**
 * What every operation must say about itself, so a new route cannot forget it: a unique camelCase verb phrase
 * (`listTasks`: the name generated clients use; api/openapi.test.ts checks it is unique), a one-line summary, and who may call (`[]`: anyone).
 */
export type Operation = RouteConfig & { operationId: string; summary: string; security: Array<Record<string, string[]>> };

/** Registers one operation with the standard error answers it can give. */
export function document(route: Operation, errors: number[] = [400, 401, 403, 404]): void {
  const text: Record<number, string> = {
    400: 'malformed or missing input; nothing was stored',
    401: 'no valid credentials',
    403: 'outside your department, role or scopes',
    404: 'does not exist or is not visible to you',
    409: 'state conflict (already done, or closed)',
    413: 'body too large',
    422: 'well-formed but not acceptable; nothing was stored',
    429: 'too many attempts',
  };
  const responses = { ...route.responses };
  for (const code of errors) responses[code] ??= problemResponse(text[code]);
  registry.registerPath({ ...route, responses });
}

export function openApiDocument() {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Zongjian (综监) API',
      version: '1.0.0',
      description: 'Integrated in-process and post-event supervision platform (事中事后综合监管平台). See CONTRACT.md.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/' }],
  });
}

/**
 * `schema.openapi(refId)` for a schema that may have been built before this module extended zod: a domain
 * schema made at load time (domain/recordItems.ts) has no `.openapi` of its own when the domain was loaded
 * first (the worker's activities before the API, as a test process may load them). The extension's method works on any schema.
 */
export function named<T extends z.ZodType>(schema: T, refId: string): T {
  return (z.ZodType.prototype as unknown as { openapi: (this: T, refId: string) => T }).openapi.call(schema, refId);
}

export { z };
