import { Router } from 'express';
import type { Db } from '../../db';
import { requireUser } from '../auth/middleware';
import { document, userSecurity, z } from '../openapi';

const Department = z.object({ code: z.string(), name: z.string(), kind: z.enum(['bureau', 'district', 'court']) }).openapi('Department');
document({ method: 'get', path: '/api/v1/departments', operationId: 'listDepartments', summary: 'List departments', tags: ['departments'], security: userSecurity, responses: { 200: { description: 'every department', content: { 'application/json': { schema: z.object({ data: z.array(Department), total: z.number().int() }) } } } } }, [401]);

const Region = z.object({ code: z.string(), name: z.string() }).openapi('Region');
document({ method: 'get', path: '/api/v1/regions', operationId: 'listRegions', summary: 'List the towns and streets of the district', tags: ['departments'], security: userSecurity, responses: { 200: { description: 'the towns and streets of the district (NBS codes)', content: { 'application/json': { schema: z.object({ data: z.array(Region), total: z.number().int() }) } } } } }, [401]);

const LicenseItem = z.object({ code: z.string(), name: z.string(), departmentCode: z.string(), legalBasis: z.string() }).openapi('LicenseItem');
document({ method: 'get', path: '/api/v1/license-items', operationId: 'listLicenseItems', summary: 'List license items', tags: ['departments'], security: userSecurity, responses: { 200: { description: 'license items and their competent departments', content: { 'application/json': { schema: z.object({ data: z.array(LicenseItem), total: z.number().int() }) } } } } }, [401]);

export function departmentRoutes(db: Db): Router {
  const r = Router();
  r.get('/departments', requireUser(db), async (_req, res) => {
    const data = await db.models.departments.findAll({ order: [['code', 'ASC']], raw: true });
    res.json({ data, total: data.length });
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
