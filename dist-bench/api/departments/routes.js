"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.departmentRoutes = departmentRoutes;
const express_1 = require("express");
const middleware_1 = require("../auth/middleware");
const openapi_1 = require("../openapi");
const Department = openapi_1.z.object({ code: openapi_1.z.string(), name: openapi_1.z.string(), kind: openapi_1.z.enum(['bureau', 'district']) }).openapi('Department');
(0, openapi_1.document)({ method: 'get', path: '/api/v1/departments', tags: ['departments'], security: openapi_1.userSecurity, responses: { 200: { description: 'every department', content: { 'application/json': { schema: openapi_1.z.object({ data: openapi_1.z.array(Department), total: openapi_1.z.number().int() }) } } } } }, [401]);
function departmentRoutes(db) {
    const r = (0, express_1.Router)();
    r.get('/departments', (0, middleware_1.requireUser)(db), async (_req, res) => {
        const data = await db.models.departments.findAll({ order: [['code', 'ASC']], raw: true });
        res.json({ data, total: data.length });
    });
    return r;
}
//# sourceMappingURL=routes.js.map