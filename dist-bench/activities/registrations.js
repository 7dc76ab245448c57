"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRegistrationActivities = createRegistrationActivities;
const sequelize_1 = require("sequelize");
const audit_1 = require("../db/audit");
const businessScope_1 = require("../domain/businessScope");
const registration_1 = require("../domain/registration");
const UNDERTAKING = '申请人承诺：在取得有关许可证件前，不从事需经许可的经营活动。';
function createRegistrationActivities(db) {
    const { entities, registration_events, scope_catalog, license_items, departments, notifications, licenses } = db.models;
    return {
        /**
         * Applies the event to the entity register unless a later event already did (out-of-order delivery).
         * Returns `stale` when the entity was deregistered by an event that happened after this one.
         */
        async recordRegistration(event) {
            return db.writeTransaction(async (t) => {
                const at = new Date(event.occurredAt);
                const e = event.entity;
                const existing = await entities.findByPk(e.creditCode, { transaction: t });
                const last = existing?.get('lastEventAt') ?? null;
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
                if (existing)
                    await existing.update(values, { transaction: t });
                else
                    await entities.create(values, { transaction: t });
                return { status: 'applied' };
            });
        },
        /**
         * Parses the business scope (RULES.md "Dual notification") and routes each item through the catalog.
         * For a `change`, routes already notified for this entity are left out: only what the change adds.
         */
        async matchBusinessScope(event) {
            const items = (0, businessScope_1.parseBusinessScope)(event.entity.businessScope ?? '');
            const wordings = items.map((i) => (0, businessScope_1.normalizeScopeWording)(i.text));
            const catalogRows = (await scope_catalog.findAll({ where: { wording: wordings } })).map((r) => r.get({ plain: true }));
            const byWording = new Map(catalogRows.map((r) => [r.wording, r]));
            const itemRows = (await license_items.findAll({ raw: true }));
            const itemsByCode = new Map(itemRows.map((r) => [r.code, r]));
            const deptRows = (await departments.findAll({ raw: true }));
            const deptName = new Map(deptRows.map((d) => [d.code, d.name]));
            const alreadyNotified = new Set();
            if (event.action === 'change') {
                const rows = (await notifications.findAll({
                    where: { creditCode: event.entity.creditCode, stage: { [sequelize_1.Op.ne]: 'cancelled' } },
                })).map((r) => r.get({ plain: true }));
                for (const r of rows) {
                    if (r.licenseItemCode)
                        alreadyNotified.add(r.licenseItemCode);
                    else
                        for (const s of r.scopeItems)
                            alreadyNotified.add(`scope:${s}`);
                }
            }
            const routes = new Map();
            const notice = {
                eventId: event.eventId,
                creditCode: event.entity.creditCode,
                entityName: event.entity.name,
                licenses: [],
                pendingDepartment: [],
                unmatchedScopeItems: [],
                generalScopeItems: [],
                undertaking: UNDERTAKING,
            };
            let unclear = 0;
            for (const wording of wordings) {
                const row = byWording.get(wording);
                if (!row) {
                    notice.unmatchedScopeItems.push(wording);
                    continue;
                }
                if (row.kind === 'general') {
                    notice.generalScopeItems.push(wording);
                    continue;
                }
                if (row.kind === 'unclear' || !row.licenseItemCode) {
                    const candidates = row.candidateDepartmentCodes;
                    notice.pendingDepartment.push({ scopeItem: wording, candidateDepartments: candidates.map((code) => ({ code, name: deptName.get(code) ?? code })) });
                    if (alreadyNotified.has(`scope:${wording}`))
                        continue;
                    unclear += 1;
                    routes.set(`unclear-${unclear}`, {
                        key: `unclear-${unclear}`,
                        licenseItemCode: null,
                        licenseItemName: null,
                        departmentCode: null,
                        candidateDepartmentCodes: candidates,
                        scopeItems: [wording],
                        legalBasis: null,
                        receiptDays: row.receiptDays ?? registration_1.DEFAULT_RECEIPT_WORKING_DAYS,
                        decisionDays: row.decisionDays ?? registration_1.DEFAULT_DECISION_WORKING_DAYS,
                    });
                    continue;
                }
                const item = itemsByCode.get(row.licenseItemCode);
                if (!item)
                    throw new Error(`catalog row ${wording} names unknown license item ${row.licenseItemCode}`);
                const existing = routes.get(item.code);
                const listed = notice.licenses.find((l) => l.licenseItem === item.name);
                if (listed)
                    listed.scopeItems.push(wording);
                else
                    notice.licenses.push({ licenseItem: item.name, department: { code: item.departmentCode, name: deptName.get(item.departmentCode) ?? item.departmentCode }, legalBasis: item.legalBasis, scopeItems: [wording] });
                if (alreadyNotified.has(item.code))
                    continue;
                if (existing) {
                    existing.scopeItems.push(wording);
                    // Several wordings of one item: the strictest period among their catalog rows applies.
                    existing.receiptDays = Math.min(existing.receiptDays, row.receiptDays ?? registration_1.DEFAULT_RECEIPT_WORKING_DAYS);
                    existing.decisionDays = Math.min(existing.decisionDays, row.decisionDays ?? registration_1.DEFAULT_DECISION_WORKING_DAYS);
                    continue;
                }
                routes.set(item.code, {
                    key: item.code,
                    licenseItemCode: item.code,
                    licenseItemName: item.name,
                    departmentCode: item.departmentCode,
                    candidateDepartmentCodes: [],
                    scopeItems: [wording],
                    legalBasis: item.legalBasis,
                    receiptDays: row.receiptDays ?? registration_1.DEFAULT_RECEIPT_WORKING_DAYS,
                    decisionDays: row.decisionDays ?? registration_1.DEFAULT_DECISION_WORKING_DAYS,
                });
            }
            return { notice, routes: [...routes.values()] };
        },
        async saveRegistrationOutcome(input) {
            await db.writeTransaction(async (t) => {
                const row = await registration_events.findByPk(input.eventId, { transaction: t });
                if (!row)
                    throw new Error(`registration event ${input.eventId} was not recorded by the API`);
                if (row.get('status') === input.status)
                    return;
                await row.update({ status: input.status, ...(input.notice ? { notice: input.notice } : {}) }, { transaction: t });
                await (0, audit_1.appendAudit)(db, { actorType: 'workflow', actor: row.get('workflowId'), action: `registration.${input.status}`, targetType: 'entity', targetId: row.get('creditCode'), detail: { eventId: input.eventId, ...input.detail } }, t);
            });
        },
        /** Workflow ids of this entity's notifications whose process has not ended. */
        async openNotificationWorkflows(creditCode) {
            const rows = await notifications.findAll({ where: { creditCode, stage: { [sequelize_1.Op.notIn]: ['done', 'cancelled'] } }, attributes: ['workflowId'], raw: true });
            return rows.map((r) => r.workflowId);
        },
        async saveNotification(p) {
            const values = { ...p, pushedAt: new Date(p.pushedAt), updatedAt: new Date() };
            await notifications.upsert(values);
        },
        /** Stores an issued license (natural key: entity, item, number), so a retry stores it once. */
        async storeLicense(input) {
            await licenses.findOrCreate({
                where: { creditCode: input.creditCode, licenseItemCode: input.licenseItemCode, licenseNo: input.licenseNo },
                defaults: { ...input, createdAt: new Date() },
            });
        },
    };
}
//# sourceMappingURL=registrations.js.map