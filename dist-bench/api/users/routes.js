"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.userRoutes = userRoutes;
const express_1 = require("express");
const sequelize_1 = require("sequelize");
const tasks_1 = require("../../domain/tasks");
const middleware_1 = require("../auth/middleware");
const openapi_1 = require("../openapi");
const validate_1 = require("../validate");
const UserQuery = openapi_1.z.object({ department: openapi_1.z.string().optional(), role: openapi_1.z.enum(tasks_1.ROLES).optional() });
const UserView = openapi_1.z
    .object({ id: openapi_1.z.number().int(), username: openapi_1.z.string(), displayName: openapi_1.z.string(), department: openapi_1.z.object({ code: openapi_1.z.string(), name: openapi_1.z.string() }), roles: openapi_1.z.array(openapi_1.z.string()) })
    .openapi('User');
(0, openapi_1.document)({ method: 'get', path: '/api/v1/users', tags: ['users'], security: openapi_1.userSecurity, request: { query: UserQuery }, responses: { 200: { description: 'users of your department (admins and the district office: any department)', content: { 'application/json': { schema: openapi_1.z.object({ data: openapi_1.z.array(UserView), total: openapi_1.z.number().int() }) } } } } }, [400, 401, 403]);
function userRoutes(db) {
    const r = (0, express_1.Router)();
    r.get('/users', (0, middleware_1.requireUser)(db, 'admin', 'supervisor', 'clerk', 'inspector'), async (req, res) => {
        const q = (0, validate_1.query)(UserQuery, req);
        const u = req.user;
        const anyDepartment = u.roles.includes('admin') || u.department.kind === 'district';
        const department = anyDepartment ? q.department : u.department.code;
        const rows = await db.models.users.findAll({
            where: { active: true, ...(department ? { departmentCode: department } : {}), ...(q.role ? { roles: { [sequelize_1.Op.like]: `%"${q.role}"%` } } : {}) },
            order: [['username', 'ASC']],
            limit: 1000,
        });
        const names = new Map((await db.models.departments.findAll({ raw: true })).map((d) => [d.code, d.name]));
        const data = rows.map((x) => ({ id: x.get('id'), username: x.get('username'), displayName: x.get('displayName'), department: { code: x.get('departmentCode'), name: names.get(x.get('departmentCode')) ?? '' }, roles: x.get('roles') }));
        res.json({ data, total: data.length });
    });
    return r;
}
//# sourceMappingURL=routes.js.map