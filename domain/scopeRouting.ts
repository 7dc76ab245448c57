import { itemStatus } from './catalogs';
import { DEFAULT_DECISION_WORKING_DAYS, DEFAULT_RECEIPT_WORKING_DAYS, type ApplicantNotice, type NotificationRoute, type RegistrationEvent } from './registration';
import { shanghaiDate } from './workingDays';

// The catalog matching of dual notification (双告知, RULES.md "Dual notification"): each normalised wording of a
// business scope routed through the scope catalog to its license item and competent department, or to the
// departments that may claim it, or left general or unmatched; and the applicant's notice (告知书) that says so.
// Pure: the activity (activities/registrations.ts matchBusinessScope) reads the catalog rows and passes them in.

export const UNDERTAKING = '申请人承诺：在取得有关许可证件前，不从事需经许可的经营活动。';

/** A row of the scope catalog (scope_catalog). */
export interface ScopeCatalogRow {
  wording: string;
  /** `general` (一般项目), `unclear` (no single department) or a licensed item's row. */
  kind: string;
  licenseItemCode: string | null;
  candidateDepartmentCodes: string[];
  receiptDays: number | null;
  decisionDays: number | null;
}
/** A license item in force or retired (license_items), with its catalog version. */
export interface LicenseItemRow {
  code: string;
  name: string;
  departmentCode: string;
  legalBasis: string;
  effectiveTo: string | null;
  versionId: number | null;
  version: number | null;
}

export interface ScopeRoutingInput {
  event: RegistrationEvent;
  /** The scope's items, normalised (domain/businessScope.ts), in order. */
  wordings: string[];
  catalogRows: ScopeCatalogRow[];
  licenseItems: LicenseItemRow[];
  departmentNames: Map<string, string>;
  /** For a `change`: license item codes, and `scope:<wording>` of unclear items, already notified for the entity. */
  alreadyNotified: Set<string>;
}

/**
 * Routes each wording; for a `change`, routes already notified for this entity are left out (only what the change
 * adds), while the notice still lists every license the scope needs.
 */
export function routeBusinessScope({ event, wordings, catalogRows, licenseItems, departmentNames, alreadyNotified }: ScopeRoutingInput): { notice: ApplicantNotice; routes: NotificationRoute[] } {
  const routes = new Map<string, NotificationRoute>();
  const notice: ApplicantNotice = {
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
  const eventDay = shanghaiDate(new Date(event.occurredAt));
  const byWording = new Map(catalogRows.map((r) => [r.wording, r]));
  const itemsByCode = new Map(licenseItems.map((r) => [r.code, r]));
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
      notice.pendingDepartment.push({ scopeItem: wording, candidateDepartments: candidates.map((code) => ({ code, name: departmentNames.get(code) ?? code })) });
      if (alreadyNotified.has(`scope:${wording}`)) continue;
      unclear += 1;
      routes.set(`unclear-${unclear}`, {
        key: `unclear-${unclear}`,
        licenseItemCode: null,
        licenseItemName: null,
        departmentCode: null,
        candidateDepartmentCodes: candidates,
        scopeItems: [wording],
        legalBasis: null,
        receiptDays: row.receiptDays ?? DEFAULT_RECEIPT_WORKING_DAYS,
        decisionDays: row.decisionDays ?? DEFAULT_DECISION_WORKING_DAYS,
      });
      continue;
    }
    const item = itemsByCode.get(row.licenseItemCode);
    if (!item) throw new Error(`catalog row ${wording} names unknown license item ${row.licenseItemCode}`);
    // A license item retired (废止) by the day of the event no longer routes anything: no department is told to
    // expect an application for it. The wording is left unmatched, as one the catalog has no item in force for.
    if (itemStatus(item.effectiveTo, eventDay) === 'retired') {
      notice.unmatchedScopeItems.push(wording);
      continue;
    }
    const existing = routes.get(item.code);
    const listed = notice.licenses.find((l) => l.licenseItem === item.name);
    if (listed) listed.scopeItems.push(wording);
    else notice.licenses.push({ licenseItem: item.name, department: { code: item.departmentCode, name: departmentNames.get(item.departmentCode) ?? item.departmentCode }, legalBasis: item.legalBasis, scopeItems: [wording] });
    if (alreadyNotified.has(item.code)) continue;
    if (existing) {
      existing.scopeItems.push(wording);
      // Several wordings of one item: the strictest period among their catalog rows applies.
      existing.receiptDays = Math.min(existing.receiptDays, row.receiptDays ?? DEFAULT_RECEIPT_WORKING_DAYS);
      existing.decisionDays = Math.min(existing.decisionDays, row.decisionDays ?? DEFAULT_DECISION_WORKING_DAYS);
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
      licenseItemVersionId: item.versionId,
      licenseItemVersion: item.version,
      receiptDays: row.receiptDays ?? DEFAULT_RECEIPT_WORKING_DAYS,
      decisionDays: row.decisionDays ?? DEFAULT_DECISION_WORKING_DAYS,
    });
  }
  return { notice, routes: [...routes.values()] };
}
