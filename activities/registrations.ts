import { Op } from 'sequelize';
import type { Db } from '../db';
import { appendAudit } from '../db/audit';
import { departmentNames } from '../db/departments';
import { reindexEntityName } from '../db/entitySearch';
import { recordSharedEvents } from '../db/sharedEvents';
import type { SharedEventType } from '../domain/sharing';
import { normalizeScopeWording, parseBusinessScope } from '../domain/businessScope';
import { routeBusinessScope } from '../domain/scopeRouting';
import {
  type ApplicantNotice,
  type NotificationRoute,
  type RegistrationEvent,
} from '../domain/registration';

export interface NotificationProjection {
  workflowId: string;
  eventId: string;
  creditCode: string;
  licenseItemCode: string | null;
  scopeItems: string[];
  departmentCode: string | null;
  candidateDepartmentCodes: string[];
  stage: string;
  decision: string | null;
  timeline: Array<{ at: string; step: string; actor?: string; detail?: string }>;
  pushedAt: string;
}


export function createRegistrationActivities(db: Db) {
  const { entities, registration_events, scope_catalog, license_items, departments, notifications, licenses } = db.models;

  return {
    /**
     * Applies the event to the entity register unless a later event already did (out-of-order delivery).
     * Returns `stale` when the entity was deregistered by an event that happened after this one.
     */
    async recordRegistration(event: RegistrationEvent): Promise<{ status: 'applied' | 'stale' }> {
      return db.writeTransaction(async (t) => {
        const at = new Date(event.occurredAt);
        const e = event.entity;
        const existing = await entities.findByPk(e.creditCode, { transaction: t });
        const last: Date | null = existing?.get('lastEventAt') ?? null;
        if (existing && last && last > at) {
          return { status: existing.get('status') === 'deregistered' && event.action !== 'deregister' ? 'stale' : 'applied' };
        }
        const values = {
          creditCode: e.creditCode,
          name: e.name,
          entityType: e.entityType ?? existing?.get('entityType') ?? '',
          industryCode: e.industryCode ?? existing?.get('industryCode') ?? '',
          regionCode: e.regionCode ?? existing?.get('regionCode') ?? '',
          address: e.address ?? existing?.get('address') ?? '',
          legalRepresentative: e.legalRepresentative ?? existing?.get('legalRepresentative') ?? '',
          businessScope: e.businessScope ?? existing?.get('businessScope') ?? '',
          registrationAuthority: e.registrationAuthority ?? existing?.get('registrationAuthority') ?? '',
          establishedOn: e.establishedOn ?? existing?.get('establishedOn') ?? null,
          status: event.action === 'deregister' ? 'deregistered' : 'active',
          lastEventAt: at,
        };
        const oldName: string | null = existing?.get('name') ?? null;
        if (existing) await existing.update(values, { transaction: t });
        else await entities.create(values, { transaction: t });
        await reindexEntityName(db, e.creditCode, oldName, values.name, t);
        await recordSharedEvents(db, [{ type: REGISTRATION_EVENT_TYPES[event.action], key: event.eventId, occurredAt: at, creditCode: e.creditCode, data: { ...sharedEntity(values), regionName: ((await db.models.regions.findByPk(values.regionCode, { raw: true, transaction: t })) as any)?.name ?? null } }], t);
        return { status: 'applied' };
      });
    },

    /**
     * Parses the business scope (RULES.md "Dual notification") and routes each item through the catalog.
     * For a `change`, routes already notified for this entity are left out: only what the change adds.
     */
    async matchBusinessScope(event: RegistrationEvent): Promise<{ notice: ApplicantNotice; routes: NotificationRoute[] }> {
      const items = parseBusinessScope(event.entity.businessScope ?? '');
      const wordings = items.map((i) => normalizeScopeWording(i.text));
      const catalogRows = (await scope_catalog.findAll({ where: { wording: wordings } })).map((r) => r.get({ plain: true }) as any);
      const itemRows = (await license_items.findAll({ raw: true })) as any[];
      const deptName = await departmentNames(db);

      const alreadyNotified = new Set<string>();
      if (event.action === 'change') {
        const rows = (await notifications.findAll({
          where: { creditCode: event.entity.creditCode, stage: { [Op.ne]: 'cancelled' } },
        })).map((r) => r.get({ plain: true }) as any);
        for (const r of rows) {
          if (r.licenseItemCode) alreadyNotified.add(r.licenseItemCode);
          else for (const s of r.scopeItems as string[]) alreadyNotified.add(`scope:${s}`);
        }
      }

      return routeBusinessScope({ event, wordings, catalogRows, licenseItems: itemRows, departmentNames: deptName, alreadyNotified });
    },

    async saveRegistrationOutcome(input: { eventId: string; status: string; notice?: ApplicantNotice; detail?: Record<string, unknown> }): Promise<void> {
      await db.writeTransaction(async (t) => {
        const row = await registration_events.findByPk(input.eventId, { transaction: t });
        if (!row) throw new Error(`registration event ${input.eventId} was not recorded by the API`);
        if (row.get('status') === input.status) return;
        await row.update({ status: input.status, ...(input.notice ? { notice: input.notice } : {}) }, { transaction: t });
        await appendAudit(db, { actorType: 'workflow', actor: row.get('workflowId'), action: `registration.${input.status}`, targetType: 'entity', targetId: row.get('creditCode'), detail: { eventId: input.eventId, ...input.detail } }, t);
      });
    },

    /** Workflow ids of this entity's notifications whose process has not ended. */
    async openNotificationWorkflows(creditCode: string): Promise<string[]> {
      const rows = await notifications.findAll({ where: { creditCode, stage: { [Op.notIn]: ['done', 'cancelled'] } }, attributes: ['workflowId'], raw: true });
      return (rows as any[]).map((r) => r.workflowId);
    },

    async saveNotification(p: NotificationProjection): Promise<void> {
      const values = { ...p, pushedAt: new Date(p.pushedAt), updatedAt: new Date() };
      await notifications.upsert(values);
    },

    /** Stores an issued license (natural key: entity, item, number), so a retry stores it once. */
    async storeLicense(input: { creditCode: string; licenseItemCode: string; departmentCode: string; licenseNo: string; validFrom: string | null; validTo: string | null; source: string }): Promise<void> {
      await db.writeTransaction(async (t) => {
        const [row] = await licenses.findOrCreate({
          where: { creditCode: input.creditCode, licenseItemCode: input.licenseItemCode, licenseNo: input.licenseNo },
          defaults: { ...input, createdAt: new Date() },
          transaction: t,
        });
        const [item, department, entity] = await Promise.all([
          license_items.findByPk(input.licenseItemCode, { attributes: ['name'], raw: true, transaction: t }) as Promise<any>,
          departments.findByPk(input.departmentCode, { attributes: ['name'], raw: true, transaction: t }) as Promise<any>,
          entities.findByPk(input.creditCode, { attributes: ['name'], raw: true, transaction: t }) as Promise<any>,
        ]);
        await recordSharedEvents(db, [{
          type: 'license.issued',
          key: `${input.creditCode}:${input.licenseItemCode}:${input.licenseNo}`,
          occurredAt: row.get('createdAt'),
          creditCode: input.creditCode,
          data: { entityName: entity?.name ?? null, licenseItem: item?.name ?? input.licenseItemCode, licenseNo: input.licenseNo, department: department?.name ?? input.departmentCode, validFrom: input.validFrom, validTo: input.validTo },
        }], t);
      });
    },
  };
}

const REGISTRATION_EVENT_TYPES: Record<RegistrationEvent['action'], SharedEventType> = { establish: 'entity.registered', change: 'entity.changed', deregister: 'entity.deregistered' };

/**
 * The register data a receiver needs. Not the legal representative: a natural person's name, which the shared
 * dossier (entity:read) masks; a receiver that needs more reads the dossier.
 */
const sharedEntity = (v: { name: string; entityType: string; industryCode: string; regionCode: string; address: string; businessScope: string; registrationAuthority: string; establishedOn: string | null; status: string }) => ({
  name: v.name,
  entityType: v.entityType,
  industryCode: v.industryCode,
  regionCode: v.regionCode,
  address: v.address,
  businessScope: v.businessScope,
  registrationAuthority: v.registrationAuthority,
  establishedOn: v.establishedOn,
  status: v.status,
});
