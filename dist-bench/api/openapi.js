"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.z = exports.systemSecurity = exports.userSecurity = exports.Problem = exports.registry = void 0;
exports.document = document;
exports.openApiDocument = openApiDocument;
const zod_to_openapi_1 = require("@asteasolutions/zod-to-openapi");
const zod_1 = require("zod");
Object.defineProperty(exports, "z", { enumerable: true, get: function () { return zod_1.z; } });
(0, zod_to_openapi_1.extendZodWithOpenApi)(zod_1.z);
// The schemas that validate requests at the edge also produce the published document (STYLE.md "The API"),
// so code and `GET /api/openapi.json` cannot drift apart.
exports.registry = new zod_to_openapi_1.OpenAPIRegistry();
exports.registry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'zj_session' });
exports.registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'a session token (users) or an API key (external systems)' });
exports.Problem = exports.registry.register('Problem', zod_1.z
    .object({
    type: zod_1.z.string(),
    title: zod_1.z.string(),
    status: zod_1.z.number().int(),
    detail: zod_1.z.string(),
    errors: zod_1.z.array(zod_1.z.object({ field: zod_1.z.string(), message: zod_1.z.string() })).optional(),
    instance: zod_1.z.string().optional(),
    requestId: zod_1.z.string().optional(),
})
    .openapi({ description: 'RFC 9457 problem details' }));
/** Who may call: a logged-in user (cookie or bearer session token), or an external system's API key. */
exports.userSecurity = [{ session: [] }, { bearer: [] }];
exports.systemSecurity = [{ bearer: [] }];
const problemResponse = (description) => ({ description, content: { 'application/problem+json': { schema: exports.Problem } } });
/** Registers one operation with the standard error answers it can give. */
function document(route, errors = [400, 401, 403, 404]) {
    const text = {
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
    for (const code of errors)
        responses[code] ??= problemResponse(text[code]);
    exports.registry.registerPath({ ...route, responses });
}
function openApiDocument() {
    return new zod_to_openapi_1.OpenApiGeneratorV31(exports.registry.definitions).generateDocument({
        openapi: '3.1.0',
        info: {
            title: 'Zongjian (综监) API',
            version: '1.0.0',
            description: 'Integrated in-process and post-event supervision platform (事中事后综合监管平台). See CONTRACT.md.',
        },
        servers: [{ url: '/' }],
    });
}
//# sourceMappingURL=openapi.js.map