import crypto from 'node:crypto';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import type { SharedEventType } from '../../domain/sharing';
import { departmentLabeller, type ListExport } from '../lists';
import { deliveryStatusWord, sharedEventTypeWord, subscriptionStatusWord } from '../listWords';

// Subscriptions and their delivery log as plain views (never the secret, which is shown once at creation).

export interface SubscriptionView {
  id: string;
  department: { code: string; name: string };
  system: string;
  url: string;
  types: SharedEventType[];
  status: 'active' | 'paused' | 'deleted';
  pausedReason: string | null;
  pausedAt: string | null;
  /** The last event delivered (0: none yet). */
  cursor: number;
  lastDeliveryAt: string | null;
  lastDeliveryStatus: 'sent' | 'retrying' | 'failed' | null;
  createdAt: string;
}

export interface DeliveryView {
  id: number;
  eventId: number;
  eventType: SharedEventType;
  attempt: number;
  status: 'sent' | 'retrying' | 'failed';
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  payload: string;
  at: string;
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

function view(r: any, departmentName: (code: string) => string): SubscriptionView {
  return {
    id: r.id,
    department: { code: r.departmentCode, name: departmentName(r.departmentCode) },
    system: r.system,
    url: r.url,
    types: r.types,
    status: r.status,
    pausedReason: r.pausedReason,
    pausedAt: iso(r.pausedAt),
    cursor: r.cursor,
    lastDeliveryAt: iso(r.lastDeliveryAt),
    lastDeliveryStatus: r.lastDeliveryStatus,
    createdAt: iso(r.createdAt)!,
  };
}

/** A new subscription; `cursor` is the last event it will not receive (it starts with the next). */
export async function createSubscription(db: Db, input: { departmentCode: string; system: string; url: string; types: SharedEventType[]; cursor: number }): Promise<{ id: string; secret: string }> {
  const id = `sub_${crypto.randomBytes(9).toString('base64url')}`;
  const secret = `whsec_${crypto.randomBytes(24).toString('base64url')}`;
  const now = new Date();
  await db.writeTransaction(async (t) => {
    await db.models.subscriptions.create({ id, ...input, secret, status: 'active', createdAt: now, updatedAt: now }, { transaction: t });
    const user = input.system.startsWith('user:');
    await appendAudit(db, { actorType: user ? 'user' : 'system', actor: user ? input.system.slice(5) : input.system, action: 'subscription.created', targetType: 'subscription', targetId: id, detail: { department: input.departmentCode, url: input.url, types: input.types } }, t);
  });
  return { id, secret };
}

/** Removes a subscription whose workflow could not be started (Temporal away): the caller is told to try again. */
export const dropSubscription = (db: Db, id: string) => db.models.subscriptions.destroy({ where: { id } });

export async function findSubscription(db: Db, id: string): Promise<SubscriptionView | null> {
  const row = (await db.models.subscriptions.findByPk(id))?.get({ plain: true }) as any;
  if (!row || row.status === 'deleted') return null;
  return view(row, await departmentLabeller(db));
}

export async function listSubscriptions(db: Db, q: { departmentCode?: string; status?: string; page: number; perPage: number }): Promise<{ data: SubscriptionView[]; total: number }> {
  const where = { ...(q.departmentCode ? { departmentCode: q.departmentCode } : {}), status: q.status ? q.status : ['active', 'paused'] };
  const { rows, count } = await db.models.subscriptions.findAndCountAll({ where, order: [['createdAt', 'DESC'], ['id', 'ASC']], limit: q.perPage, offset: (q.page - 1) * q.perPage });
  const plain = rows.map((r) => r.get({ plain: true }) as any);
  const names = await departmentLabeller(db);
  return { data: plain.map((r) => view(r, names)), total: count };
}

export async function listDeliveries(db: Db, subscriptionId: string, q: { status?: string; eventId?: number; page: number; perPage: number }): Promise<{ data: DeliveryView[]; total: number }> {
  const where = { subscriptionId, ...(q.status ? { status: q.status } : {}), ...(q.eventId ? { eventId: q.eventId } : {}) };
  const { rows, count } = await db.models.deliveries.findAndCountAll({ where, order: [['id', 'DESC']], limit: q.perPage, offset: (q.page - 1) * q.perPage, raw: true });
  return {
    data: (rows as any[]).map((r) => ({ id: r.id, eventId: r.eventId, eventType: r.eventType, attempt: r.attempt, status: r.status, statusCode: r.statusCode, error: r.error, durationMs: r.durationMs, payload: r.payload, at: iso(r.at)! })),
    total: count,
  };
}

/** The subscriptions list as a workbook (`format=xlsx`): what each receives, in words. */
export const subscriptionExport: ListExport<SubscriptionView> = {
  fileName: '信息共享订阅',
  sheetName: '信息共享订阅',
  columns: [
    { header: '接收地址', value: (s) => s.url, width: 48 },
    { header: '订阅事件', value: (s) => s.types.map(sharedEventTypeWord).join('、'), width: 48 },
    { header: '部门', value: (s) => s.department.name, width: 26 },
    { header: '状态', value: (s) => subscriptionStatusWord(s.status) },
    { header: '最近推送', value: (s) => (s.lastDeliveryAt ? new Date(s.lastDeliveryAt) : null), type: 'date' },
    { header: '最近推送结果', value: (s) => deliveryStatusWord(s.lastDeliveryStatus) },
    { header: '创建时间', value: (s) => new Date(s.createdAt), type: 'date' },
  ],
};
