import { Router } from 'express';
import { Op } from 'sequelize';
import type { Db } from '../../db';
import { revokeApiKey } from '../../db/credentials';
import { departmentNames } from '../../db/departments';
import { requireUser } from '../auth/middleware';
import { notFound } from '../errors';
import { answerList, ListFormat, listResponses, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { parse, query } from '../validate';

// API keys of the external systems (F15): the administrator lists them — never their secret, which only
// `npm run cli -- apikey create` prints, once — and revokes one, which ends it at once on /api/ext.

const KeyQuery = z.object({
  status: z.enum(['active', 'revoked']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(25),
  format: ListFormat,
});
const ApiKeyView = z
  .object({
    id: z.number().int(),
    system: z.string(),
    prefix: z.string().describe('the key’s public part: zjk_<prefix>_…; the secret is never answered'),
    scopes: z.array(z.string()),
    department: z.object({ code: z.string(), name: z.string() }).nullable(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');
const Id = z.object({ id: z.coerce.number().int().min(1) });

document({ method: 'get', path: '/api/v1/api-keys', operationId: 'listApiKeys', summary: 'List API keys', tags: ['api-keys'], security: userSecurity, description: 'administrator only; newest first; the secret is never shown (the last use is not recorded)', request: { query: KeyQuery }, responses: listResponses(z.object({ data: z.array(ApiKeyView), total: z.number().int() }), 'API keys') }, [400, 401, 403, 422]);
document({ method: 'post', path: '/api/v1/api-keys/{id}/revoke', operationId: 'revokeApiKey', summary: 'Revoke an API key', tags: ['api-keys'], security: userSecurity, description: 'administrator only; idempotent (a revoked key keeps its first revocation time); the key is refused (401) on /api/ext from the next request', request: { params: Id }, responses: { 200: { description: 'the key, revoked', content: { 'application/json': { schema: ApiKeyView } } } } }, [400, 401, 403, 404]);

type Row = { id: number; system: string; prefix: string; scopes: string[]; departmentCode: string | null; createdAt: Date; revokedAt: Date | null };
type View = z.infer<typeof ApiKeyView>;

async function viewsOf(db: Db, rows: Row[]): Promise<View[]> {
  const names = await departmentNames(db);
  return rows.map((k) => ({
    id: k.id,
    system: k.system,
    prefix: k.prefix,
    scopes: k.scopes,
    department: k.departmentCode ? { code: k.departmentCode, name: names.get(k.departmentCode) ?? '' } : null,
    createdAt: new Date(k.createdAt).toISOString(),
    revokedAt: k.revokedAt ? new Date(k.revokedAt).toISOString() : null,
  }));
}

const shanghai = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '');
const keyExport: ListExport<View> = {
  fileName: '接口密钥',
  sheetName: '接口密钥',
  columns: [
    { header: '对接系统', width: 24, value: (k) => k.system },
    { header: '密钥前缀', width: 16, value: (k) => k.prefix },
    { header: '权限范围', width: 40, value: (k) => k.scopes.join(', ') },
    { header: '所属部门', width: 24, value: (k) => k.department?.name ?? '' },
    { header: '创建时间', width: 18, value: (k) => shanghai(k.createdAt) },
    { header: '吊销时间', width: 18, value: (k) => shanghai(k.revokedAt) },
  ],
};

export function apiKeyRoutes(db: Db): Router {
  const r = Router();
  const admin = requireUser(db, 'admin');
  const plain = (x: any): Row => x.get({ plain: true });

  r.get('/api-keys', admin, async (req, res) => {
    const q = query(KeyQuery, req);
    const where = q.status === 'active' ? { revokedAt: null } : q.status === 'revoked' ? { revokedAt: { [Op.ne]: null } } : {};
    await answerList(res, q, keyExport, async (pageNo, perPage) => {
      const { rows, count } = await db.models.api_keys.findAndCountAll({ where, order: [['id', 'DESC']], limit: perPage, offset: (pageNo - 1) * perPage });
      return { data: await viewsOf(db, rows.map(plain)), total: count };
    });
  });

  r.post('/api-keys/:id/revoke', admin, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    const revoked = await revokeApiKey(db, { id }, { actorType: 'user', actor: req.user!.username });
    if (!revoked) throw notFound(`no API key ${id}`, { code: 'api-key-not-found' });
    res.json((await viewsOf(db, [plain(await db.models.api_keys.findByPk(id))]))[0]);
  });
  return r;
}
