import { Op, type ModelStatic } from 'sequelize';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import type { SessionUser } from '../../db/credentials';
import { FIELDS, RESOURCE_STATUSES } from '../../domain/resources';
import { forbidden } from '../errors';
import { ListFormat, seesAll } from '../lists';
import { z } from '../openapi';
import { text } from '../validate';

// Who manages supervision resources (监管资源, F2): a supervisor their own department's inspectors, experts,
// third parties and conflicts; the administrator and the district office's supervisors every department's.
// Reading follows the lists' rule (api/lists.ts seesAll): every department for those who see all, else one's own.

/** The administrator, or a supervisor of the district office (department kind `district`). */
export const managesEveryDepartment = (u: SessionUser) => u.roles.includes('admin') || (u.roles.includes('supervisor') && u.department.kind === 'district');

export const mayManage = (u: SessionUser, departmentCode: string) => managesEveryDepartment(u) || (u.roles.includes('supervisor') && u.department.code === departmentCode);

export function requireManage(u: SessionUser, departmentCode: string): void {
  if (!mayManage(u, departmentCode)) throw forbidden(`only a supervisor of department ${departmentCode} or the district office manages its resources`, { code: 'resource-other-department', params: { department: departmentCode } });
}

/** The department a list shows: the one asked for when the reader sees all, else the reader's own. */
export const listedDepartment = (u: SessionUser, asked: string | undefined) => (seesAll(u) ? asked : u.department.code);

export const FieldCode = z.enum(FIELDS).describe('a field of competence (domain/resources.ts FIELDS)');
export const Fields = z.array(FieldCode).max(FIELDS.length).refine((f) => new Set(f).size === f.length, { message: 'a field appears twice' });
export const Named = z.object({ code: z.string(), name: z.string() });

/** The query of the expert and third-party lists; `q` says what it searches. */
export const poolQuery = (q: string) =>
  z.object({
    department: text().optional().describe('those who see every department: one department; others always see their own'),
    field: FieldCode.optional(),
    status: z.enum(RESOURCE_STATUSES).optional(),
    q: text().max(64).optional().describe(q),
    page: z.coerce.number().int().min(1).default(1),
    perPage: z.coerce.number().int().min(1).max(500).default(25),
    format: ListFormat,
  });

export const plain = <T>(row: any): T => row.get({ plain: true });

/**
 * 停用 / 启用 of an expert or a third-party body, idempotent: one conditional update, audited only when it changed
 * the row (`<targetType>.deactivated` / `.reactivated`).
 */
export async function setResourceStatus(db: Db, model: ModelStatic<any>, row: { id: number; status: 'active' | 'inactive'; actor: string; targetType: string; targetId: string }): Promise<void> {
  await db.writeTransaction(async (t) => {
    const [n] = await model.update({ status: row.status, updatedAt: new Date() }, { where: { id: row.id, status: { [Op.ne]: row.status } }, transaction: t });
    if (n > 0) await appendAudit(db, { actorType: 'user', actor: row.actor, action: `${row.targetType}.${row.status === 'active' ? 'reactivated' : 'deactivated'}`, targetType: row.targetType, targetId: row.targetId }, t);
  });
}
