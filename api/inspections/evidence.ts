import crypto from 'node:crypto';
import { Router, type Request } from 'express';
import { UniqueConstraintError } from 'sequelize';
import type { Db } from '../../db';
import { peopleOf } from '../../db/people';
import { appendAudit } from '../../db/audit';
import type { SessionUser } from '../../db/credentials';
import { AppError, conflict, forbidden, notFound, unprocessable } from '../errors';
import { requireUser } from '../auth/middleware';
import { document, Problem, userSecurity, z } from '../openapi';
import { parse, text } from '../validate';
import { visibleInspection } from './inspectionRepository';

// Evidence (检查证据) of an inspection: photos and documents a team member takes on site. Each file is checked
// (a type the platform keeps, its first bytes matching that type, a size within EVIDENCE_MAX_BYTES), stored with
// its SHA-256 and recorded in the audit trail. The files are kept in the database (db/schema.ts `evidence` says
// why). Evidence is internal: nothing under /public reads this table.

/** The types kept, with the bytes each file of the type begins with (its magic number). */
export const EVIDENCE_TYPES: Record<string, { magic: Buffer; inline: boolean }> = {
  'image/jpeg': { magic: Buffer.from([0xff, 0xd8, 0xff]), inline: true },
  'image/png': { magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), inline: true },
  // A PDF is downloaded, never shown in the platform's own origin: a viewer may run its scripts.
  'application/pdf': { magic: Buffer.from('%PDF-', 'latin1'), inline: false },
};

const EvidencePath = z.object({ id: z.coerce.number().int().positive() });
const FileQuery = z.object({
  fileName: text().min(1).max(200).regex(/^[^/\\]+$/, 'a file name, without folders').describe('the file’s name as the uploader’s device gave it (UTF-8, percent-encoded in the query)'),
});
const EvidenceView = z
  .object({
    id: z.number().int(),
    inspectionId: z.number().int(),
    fileName: z.string(),
    contentType: z.enum(Object.keys(EVIDENCE_TYPES) as [string, ...string[]]),
    size: z.number().int().describe('bytes'),
    sha256: z.string().describe('hex SHA-256 of the content, computed on upload'),
    uploadedBy: z.object({ username: z.string(), displayName: z.string() }),
    uploadedAt: z.string().describe('ISO 8601'),
  })
  .openapi('Evidence');
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });
const binary = z.string().openapi({ format: 'binary' });

document(
  {
    method: 'post', path: '/api/v1/inspections/{id}/evidence', operationId: 'uploadInspectionEvidence', summary: 'Upload evidence (a photo or a document) to an inspection',
    description: 'The raw file as the body, its type as Content-Type (image/jpeg, image/png or application/pdf; the first bytes must match it) and its name in `fileName`. A team member, or a supervisor of the department, while the results are not yet confirmed. At most EVIDENCE_MAX_BYTES.',
    tags: ['spot checks'], security: userSecurity,
    request: { params: EvidencePath, query: FileQuery, body: { required: true, content: { 'image/jpeg': { schema: binary }, 'image/png': { schema: binary }, 'application/pdf': { schema: binary } } } },
    responses: { 201: { description: 'stored', content: { 'application/json': { schema: EvidenceView } } }, 200: { description: 'the same file (same SHA-256) is already evidence of this inspection: that evidence, nothing stored again', content: { 'application/json': { schema: EvidenceView } } }, 413: problem('larger than EVIDENCE_MAX_BYTES (`evidence-too-large`); nothing stored'), 415: problem('not a kept type (`evidence-type-unsupported`); nothing stored') },
  },
  [400, 401, 403, 404, 409, 422],
);
document({ method: 'get', path: '/api/v1/inspections/{id}/evidence', operationId: 'listInspectionEvidence', summary: 'List the evidence of an inspection', tags: ['spot checks'], security: userSecurity, request: { params: EvidencePath }, responses: { 200: { description: 'the files, oldest first, without their content', content: { 'application/json': { schema: z.object({ data: z.array(EvidenceView), total: z.number().int() }) } } } } }, [400, 401, 403, 404]);
document(
  {
    method: 'get', path: '/api/v1/inspections/{id}/evidence/{evidenceId}', operationId: 'downloadInspectionEvidence', summary: 'Download one evidence file',
    tags: ['spot checks'], security: userSecurity, request: { params: EvidencePath.extend({ evidenceId: z.coerce.number().int().positive() }) },
    responses: { 200: { description: 'the file as uploaded, with its type; images inline, documents as an attachment', content: { 'image/jpeg': { schema: binary }, 'image/png': { schema: binary }, 'application/pdf': { schema: binary } } } },
  },
  [400, 401, 403, 404],
);

const tooLarge = (maxBytes: number) => new AppError(413, 'Content Too Large', `evidence files are at most ${maxBytes} bytes`, undefined, { code: 'evidence-too-large', params: { maxBytes } });

/** The body, up to `maxBytes`: past it the rest is read and dropped (the client gets its answer, not a reset). */
function readBody(req: Request, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (f: () => void) => {
      if (!settled) (settled = true), f();
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) settle(() => reject(tooLarge(maxBytes)));
      else chunks.push(chunk);
    });
    req.on('end', () => settle(() => resolve(Buffer.concat(chunks))));
    req.on('error', (err) => settle(() => reject(err)));
  });
}

/** `filename*` (RFC 6266/5987) keeps a Chinese name; the plain `filename` is its ASCII stand-in for old clients. */
export const contentDisposition = (kind: 'inline' | 'attachment', fileName: string) =>
  `${kind}; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export function evidenceRoutes(db: Db, config: { EVIDENCE_MAX_BYTES: number }): Router {
  const r = Router();
  const staff = requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader');

  /** Who adds evidence: a member of the team, or a supervisor of the inspection's department or of a member's. */
  async function mayAddEvidence(u: SessionUser, team: string[], departmentCode: string): Promise<boolean> {
    if (team.includes(u.username)) return true;
    if (!u.roles.includes('supervisor')) return false;
    if (u.department.code === departmentCode) return true;
    return (await db.models.users.count({ where: { username: team, departmentCode: u.department.code } })) > 0;
  }

  async function views(rows: Array<Record<string, any>>) {
    const people = await peopleOf(db, rows.map((e) => e.uploadedBy));
    return rows.map((e) => ({
      id: e.id, inspectionId: e.inspectionId, fileName: e.fileName, contentType: e.contentType, size: e.size, sha256: e.sha256,
      uploadedBy: { username: e.uploadedBy, displayName: people.get(e.uploadedBy)!.displayName }, uploadedAt: new Date(e.uploadedAt).toISOString(),
    }));
  }

  r.post('/inspections/:id/evidence', requireUser(db, 'inspector', 'supervisor'), async (req, res) => {
    const u = req.user!;
    try {
      const { id } = parse(EvidencePath, req.params, 'path');
      const { fileName } = parse(FileQuery, req.query, 'query');
      const inspection = (await visibleInspection(db, u, id)).get({ plain: true }) as Record<string, any>;
      if (!(await mayAddEvidence(u, inspection.team, inspection.departmentCode))) throw forbidden('only a member of the team, or their supervisor, adds evidence', { code: 'evidence-not-member' });
      // Evidence backs the result the members confirm: once one has confirmed, the record is closed.
      if (inspection.status === 'completed' || inspection.confirmedBy.length > 0) throw conflict('the inspection’s results are confirmed: no more evidence', { code: 'evidence-inspection-closed' });
      const declared = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      const type = EVIDENCE_TYPES[declared];
      if (!type) throw new AppError(415, 'Unsupported Media Type', `evidence is a JPEG or PNG photo or a PDF document, not ${declared || 'an undeclared type'}`, undefined, { code: 'evidence-type-unsupported', params: { contentType: declared || '-' } });
      const length = Number(req.get('content-length'));
      if (Number.isFinite(length) && length > config.EVIDENCE_MAX_BYTES) throw tooLarge(config.EVIDENCE_MAX_BYTES);
      const content = await readBody(req, config.EVIDENCE_MAX_BYTES);
      if (content.length === 0) throw unprocessable('the file is empty', [{ field: '(body)', message: 'empty', code: 'evidence-empty' }], { code: 'evidence-empty' });
      // The declared type is what browsers will be told: a file that is not what it says is refused.
      if (!content.subarray(0, type.magic.length).equals(type.magic)) {
        throw unprocessable(`the file’s content is not ${declared}`, [{ field: '(body)', message: `content does not match ${declared}`, code: 'evidence-type-mismatch' }], { code: 'evidence-type-mismatch', params: { contentType: declared } });
      }
      const sha256 = crypto.createHash('sha256').update(content).digest('hex');
      // The same file again (a retry, a second tap) is the evidence already kept: answered, not stored twice.
      const kept = () => db.models.evidence.findOne({ where: { inspectionId: id, sha256 }, attributes: { exclude: ['content'] }, raw: true }) as Promise<Record<string, any> | null>;
      const before = await kept();
      if (before) {
        res.status(200).location(`${req.baseUrl}/inspections/${id}/evidence/${before.id}`).json((await views([before]))[0]);
        return;
      }
      const row = await db.writeTransaction(async (t) => {
        const created = await db.models.evidence.create({ inspectionId: id, fileName, contentType: declared, size: content.length, sha256, content, uploadedBy: u.username, uploadedAt: new Date() }, { transaction: t });
        await appendAudit(db, { actorType: 'user', actor: u.username, action: 'inspection.evidence', targetType: 'inspection', targetId: inspection.inspectionKey, detail: { evidenceId: created.get('id'), fileName, contentType: declared, size: content.length, sha256 } }, t);
        return created.get({ plain: true }) as Record<string, any>;
      }).catch(async (err) => {
        if (!(err instanceof UniqueConstraintError)) throw err;
        return null;
      });
      if (!row) {
        const winner = (await kept())!;
        res.status(200).location(`${req.baseUrl}/inspections/${id}/evidence/${winner.id}`).json((await views([winner]))[0]);
        return;
      }
      const [view] = await views([row]);
      res.status(201).location(`${req.baseUrl}/inspections/${id}/evidence/${view.id}`).json(view);
    } catch (err) {
      // A refusal before the body was read: the rest of the upload is read and dropped, and the connection then
      // closed, so the client hears the answer instead of a reset while it is still sending.
      if (!req.complete) {
        res.set('Connection', 'close');
        req.resume();
      }
      throw err;
    }
  });

  r.get('/inspections/:id/evidence', staff, async (req, res) => {
    const { id } = parse(EvidencePath, req.params, 'path');
    await visibleInspection(db, req.user!, id);
    const rows = (await db.models.evidence.findAll({ where: { inspectionId: id }, attributes: { exclude: ['content'] }, order: [['id', 'ASC']], raw: true })) as any[];
    res.json({ data: await views(rows), total: rows.length });
  });

  r.get('/inspections/:id/evidence/:evidenceId', staff, async (req, res) => {
    const { id, evidenceId } = parse(EvidencePath.extend({ evidenceId: z.coerce.number().int().positive() }), req.params, 'path');
    await visibleInspection(db, req.user!, id);
    const e = (await db.models.evidence.findOne({ where: { id: evidenceId, inspectionId: id }, raw: true })) as any;
    if (!e) throw notFound(`evidence ${evidenceId} of inspection ${id} does not exist`, { code: 'evidence-not-found' });
    const content: Buffer = Buffer.isBuffer(e.content) ? e.content : Buffer.from(e.content);
    res.set({
      'Content-Type': e.contentType,
      'Content-Length': String(content.length),
      'Content-Disposition': contentDisposition(EVIDENCE_TYPES[e.contentType]?.inline ? 'inline' : 'attachment', e.fileName),
      'X-Content-Type-Options': 'nosniff',
      // Opened on its own, the file can do nothing in the platform's origin.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
    res.end(content);
  });
  return r;
}
