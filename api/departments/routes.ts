import { Router } from 'express';
import type { Db } from '../../db';
import { requireUser } from '../auth/middleware';
import { departmentKindWord } from '../listWords';
import { answerList, ListFormat, listResponses, wholeList, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { query } from '../validate';

const Department = z.object({ code: z.string(), name: z.string(), kind: z.enum(['bureau', 'district', 'court']) }).openapi('Department');
const DepartmentQuery = z.object({ format: ListFormat });
document({ method: 'get', path: '/api/v1/departments', operationId: 'listDepartments', summary: 'List departments', tags: ['departments'], security: userSecurity, request: { query: DepartmentQuery }, responses: listResponses(z.object({ data: z.array(Department), total: z.number().int() }), 'every department') }, [400, 401]);
const departmentExport: ListExport<z.infer<typeof Department>> = {
  fileName: '部门',
  sheetName: '部门',
  columns: [
    { header: '部门代码', value: (d) => d.code },
    { header: '部门名称', value: (d) => d.name, width: 36 },
    { header: '类别', value: (d) => departmentKindWord(d.kind) },
  ],
};

const Region = z.object({ code: z.string(), name: z.string() }).openapi('Region');
document({ method: 'get', path: '/api/v1/regions', operationId: 'listRegions', summary: 'List the towns and streets of the district', tags: ['departments'], security: userSecurity, responses: { 200: { description: 'the towns and streets of the district (NBS codes)', content: { 'application/json': { schema: z.object({ data: z.array(Region), total: z.number().int() }) } } } } }, [401]);

const LicenseItem = z.object({ code: z.string(), name: z.string(), departmentCode: z.string(), legalBasis: z.string() }).openapi('LicenseItem');
document({ method: 'get', path: '/api/v1/license-items', operationId: 'listLicenseItems', summary: 'List license items', tags: ['departments'], security: userSecurity, responses: { 200: { description: 'license items and their competent departments', content: { 'application/json': { schema: z.object({ data: z.array(LicenseItem), total: z.number().int() }) } } } } }, [401]);

export function departmentRoutes(db: Db): Router {
  const r = Router();
  r.get('/departments', requireUser(db), async (req, res) => {
    const q = query(DepartmentQuery, req);
    const data = (await db.models.departments.findAll({ order: [['code', 'ASC']], raw: true })) as unknown as Array<z.infer<typeof Department>>;
    await answerList(res, { ...q, page: 1, perPage: data.length }, departmentExport, wholeList(data));
  });
  r.get('/license-items', requireUser(db), async (_req, res) => {
    const data = await db.models.license_items.findAll({ order: [['code', 'ASC']], raw: true });
    res.json({ data, total: data.length });
  });

  r.get('/regions', requireUser(db), async (_req, res) => {
    const data = await db.models.regions.findAll({ order: [['code', 'ASC']], raw: true });
    res.json({ data, total: data.length });
  });
  return r;
}
