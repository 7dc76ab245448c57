import { Router } from 'express';
import { Op } from 'sequelize';
import type { Db } from '../../db';
import { ROLES } from '../../domain/tasks';
import { requireUser } from '../auth/middleware';
import { document, userSecurity, z } from '../openapi';
import { query, text } from '../validate';

const UserQuery = z.object({ department: text().optional(), role: z.enum(ROLES).optional() });
const UserView = z
  .object({ id: z.number().int(), username: z.string(), displayName: z.string(), department: z.object({ code: z.string(), name: z.string() }), roles: z.array(z.string()) })
  .openapi('User');
document({ method: 'get', path: '/api/v1/users', operationId: 'listUsers', summary: 'List users', tags: ['users'], security: userSecurity, request: { query: UserQuery }, responses: { 200: { description: 'users of your department (admins and the district office: any department)', content: { 'application/json': { schema: z.object({ data: z.array(UserView), total: z.number().int() }) } } } } }, [400, 401, 403]);

export function userRoutes(db: Db): Router {
  const r = Router();
  r.get('/users', requireUser(db, 'admin', 'supervisor', 'clerk', 'inspector'), async (req, res) => {
    const q = query(UserQuery, req);
    const u = req.user!;
    const anyDepartment = u.roles.includes('admin') || u.department.kind === 'district';
    const department = anyDepartment ? q.department : u.department.code;
    const rows = await db.models.users.findAll({
      where: { active: true, ...(department ? { departmentCode: department } : {}), ...(q.role ? { roles: { [Op.like]: `%"${q.role}"%` } } : {}) },
      order: [['username', 'ASC']],
      limit: 1000,
    });
    const names = new Map(((await db.models.departments.findAll({ raw: true })) as any[]).map((d) => [d.code, d.name]));
    const data = rows.map((x) => ({ id: x.get('id'), username: x.get('username'), displayName: x.get('displayName'), department: { code: x.get('departmentCode'), name: names.get(x.get('departmentCode')) ?? '' }, roles: x.get('roles') }));
    res.json({ data, total: data.length });
  });
  return r;
}
