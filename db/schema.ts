import { DataTypes, ModelAttributes, ModelOptions } from 'sequelize';
import { jsonColumn } from './json';

// Table definitions shared by the models and the migrations: each table, column and index says which
// schema version introduced it, and migration N applies exactly what version N introduced.

const str = (len = 255, allowNull = false) => ({ type: DataTypes.STRING(len), allowNull });
const time = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });

export interface TableDef {
  name: string;
  /** Schema version that created the table (db/migrations/schemaStep.ts); 1 when absent. */
  since?: number;
  /** Columns added after the table was created, with the version that added each. */
  columnsSince?: Record<string, number>;
  attributes: ModelAttributes;
  options?: ModelOptions;
  indexes?: Array<{ name: string; fields: IndexField[]; unique?: boolean; since?: number }>;
}

/** An index column: by name, ascending, or descending where a list reads it in that order. */
export type IndexField = string | { name: string; order: 'DESC' };

/**
 * The function lists (职能清单, F1) are versioned catalogs (since version 18): each item's row in its own table is
 * the version in force, which every query of it reads; `catalog_versions` keeps every version, and a process
 * records the version id it used. `effectiveTo`, when set, is the first day the item no longer applies (retired).
 */
const catalogVersionColumns = () => ({
  version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
  versionId: { type: DataTypes.INTEGER, allowNull: true },
  effectiveFrom: { type: DataTypes.DATEONLY, allowNull: true },
  effectiveTo: { type: DataTypes.DATEONLY, allowNull: true },
});
const CATALOG_VERSION_COLUMNS_SINCE = { version: 18, versionId: 18, effectiveFrom: 18, effectiveTo: 18 };

export const tables: TableDef[] = [
  {
    name: 'departments',
    attributes: { code: { ...str(32), primaryKey: true }, name: str(100), kind: str(16) },
    indexes: [{ name: 'departments_name', fields: ['name'], unique: true }],
  },
  { name: 'regions', attributes: { code: { ...str(12), primaryKey: true }, name: str(100) } },
  {
    name: 'users',
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      username: str(64),
      displayName: str(64),
      passwordHash: str(255),
      departmentCode: str(32),
      roles: jsonColumn('roles', false, []),
      credentialNo: str(32, true),
      regionCode: str(12, true),
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: time(),
    },
    indexes: [
      { name: 'users_username', fields: ['username'], unique: true },
      { name: 'users_department', fields: ['departmentCode'] },
    ],
  },
  {
    name: 'sessions',
    attributes: {
      tokenHash: { ...str(64), primaryKey: true },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      expiresAt: time(),
      createdAt: time(),
    },
  },
  {
    name: 'api_keys',
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      system: str(64),
      prefix: str(16),
      keyHash: str(64),
      scopes: jsonColumn('scopes', false, []),
      createdAt: time(),
      revokedAt: time(true),
      // The department a system answers for: a screening hit becomes its feedback task (since version 3).
      departmentCode: str(32, true),
    },
    columnsSince: { departmentCode: 3 },
    indexes: [{ name: 'api_keys_prefix', fields: ['prefix'], unique: true }],
  },
  {
    name: 'entities',
    attributes: {
      creditCode: { ...str(18), primaryKey: true },
      name: str(200),
      entityType: str(100),
      industryCode: str(8),
      regionCode: str(12),
      address: str(300),
      legalRepresentative: str(64),
      businessScope: { type: DataTypes.TEXT, allowNull: false },
      registrationAuthority: str(100),
      establishedOn: { type: DataTypes.DATEONLY, allowNull: true },
      status: str(16),
      lastEventAt: time(true),
      // RULES.md: codes from authoritative sources are kept even when their check fails, flagged.
      creditCodeFlagged: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      // Credit-risk class A–D (国市监信发〔2022〕6号): the strata of spot checks.
      riskClass: { type: DataTypes.STRING(1), allowNull: false, defaultValue: 'B' },
    },
    columnsSince: { riskClass: 2 },
    indexes: [
      { name: 'entities_name', fields: ['name'] },
      { name: 'entities_region', fields: ['regionCode'] },
      { name: 'entities_pool', fields: ['status', 'riskClass', 'regionCode'], since: 2 },
      // Entity search from the filters (db/entitySearch.ts, a common name fragment with selective filters): by risk
      // class, by industry code or its beginning; the credit code last, so the index answers without the rows.
      { name: 'entities_search_risk', fields: ['riskClass', 'status', 'regionCode', 'industryCode', 'creditCode'], since: 11 },
      { name: 'entities_search_industry', fields: ['industryCode', 'riskClass', 'status', 'regionCode', 'creditCode'], since: 11 },
      // Statistics (api/statistics): entities by type, establishments per month.
      { name: 'entities_type', fields: ['entityType'], since: 16 },
      { name: 'entities_established', fields: ['establishedOn'], since: 16 },
      // Hot spots (step 020): active entities per town/street and industry.
      { name: 'entities_hot_spots', fields: ['status', 'regionCode', 'industryCode'], since: 20 },
    ],
  },
  {
    name: 'license_items',
    attributes: {
      code: { ...str(16), primaryKey: true },
      name: str(100),
      departmentCode: str(32),
      legalBasis: str(300),
      // Days before expiry the licenseExpiring warning fires for this item; null: the rule's threshold.
      expiryWarningDays: { type: DataTypes.INTEGER, allowNull: true },
      ...catalogVersionColumns(),
    },
    columnsSince: { expiryWarningDays: 3, ...CATALOG_VERSION_COLUMNS_SINCE },
    indexes: [{ name: 'license_items_name', fields: ['name'], unique: true }],
  },
  {
    name: 'scope_catalog',
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      wording: str(200),
      kind: str(16),
      licenseItemCode: str(16, true),
      candidateDepartmentCodes: jsonColumn('candidateDepartmentCodes', false, []),
      receiptDays: { type: DataTypes.INTEGER, allowNull: true },
      decisionDays: { type: DataTypes.INTEGER, allowNull: true },
    },
    indexes: [{ name: 'scope_catalog_wording', fields: ['wording'], unique: true }],
  },
  {
    name: 'licenses',
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      creditCode: str(18),
      licenseItemCode: str(16),
      departmentCode: str(32),
      licenseNo: str(64),
      validFrom: { type: DataTypes.DATEONLY, allowNull: true },
      validTo: { type: DataTypes.DATEONLY, allowNull: true },
      source: str(32),
      createdAt: time(),
    },
    indexes: [
      { name: 'licenses_natural', fields: ['creditCode', 'licenseItemCode', 'licenseNo'], unique: true },
      { name: 'licenses_valid_to', fields: ['validTo'] },
    ],
  },
  {
    name: 'registration_events',
    attributes: {
      eventId: { ...str(100), primaryKey: true },
      action: str(16),
      creditCode: str(18),
      workflowId: str(150),
      occurredAt: time(),
      bodyHash: str(64),
      status: str(16),
      notice: jsonColumn('notice'),
      receivedAt: time(),
      // The event as accepted (since version 4): a workflow whose start failed is started from it later.
      event: jsonColumn('event'),
    },
    columnsSince: { event: 4 },
    indexes: [
      { name: 'registration_events_entity', fields: ['creditCode', 'occurredAt'] },
      // The reconciler walks accepted events by age.
      { name: 'registration_events_status_received', fields: ['status', 'receivedAt'], since: 4 },
      // Statistics: changes and deregistrations per month.
      { name: 'registration_events_action', fields: ['action', 'occurredAt'], since: 16 },
    ],
  },
  {
    name: 'license_decision_events',
    attributes: {
      eventId: { ...str(100), primaryKey: true },
      bodyHash: str(64),
      workflowId: str(150),
      response: jsonColumn('response'),
      receivedAt: time(),
    },
  },
  {
    // One row per department notified of one entity's license item: the projection of a licenseFeedback workflow.
    name: 'notifications',
    attributes: {
      workflowId: { ...str(150), primaryKey: true },
      eventId: str(100),
      creditCode: str(18),
      licenseItemCode: str(16, true),
      scopeItems: jsonColumn('scopeItems', false, []),
      departmentCode: str(32, true),
      candidateDepartmentCodes: jsonColumn('candidateDepartmentCodes', false, []),
      stage: str(24),
      decision: str(16, true),
      // The process timeline, kept here too so it outlives the workflow history's retention.
      timeline: jsonColumn('timeline', false, []),
      pushedAt: time(),
      updatedAt: time(),
    },
    indexes: [
      { name: 'notifications_entity', fields: ['creditCode', 'licenseItemCode'] },
      { name: 'notifications_department', fields: ['departmentCode', 'stage'] },
      // Statistics: notices per department and decision in a period, from the index alone.
      { name: 'notifications_pushed', fields: ['pushedAt', 'departmentCode', 'decision'], since: 16 },
    ],
  },
  {
    name: 'tasks',
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      taskKey: str(200),
      type: str(32),
      title: str(300),
      status: str(16),
      departmentCode: str(32, true),
      assigneeUsername: str(64, true),
      // Null for steps about a plan rather than one entity (since version 2).
      creditCode: str(18, true),
      entityName: str(200, true),
      dueAt: time(),
      escalationLevel: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      workflowId: str(150),
      createdAt: time(),
      completedAt: time(true),
      outcome: str(32, true),
      comment: { type: DataTypes.TEXT, allowNull: true },
      completedBy: str(64, true),
      allowedOutcomes: jsonColumn('allowedOutcomes', false, []),
      data: jsonColumn('data', true, {}),
      // 办理用时 in working days, fixed at completion (db/handlingTime.ts; since version 21).
      handlingWorkingDays: { type: DataTypes.INTEGER, allowNull: true },
    },
    columnsSince: { handlingWorkingDays: 21 },
    indexes: [
      { name: 'tasks_key', fields: ['taskKey'], unique: true },
      // Each list branch (api/tasks/repository.ts) reads only id, dueAt and escalationLevel from one of these,
      // so it is answered from the index alone; the 25 rows of a page are then read by id.
      { name: 'tasks_assignee', fields: ['assigneeUsername', 'status', 'dueAt', 'escalationLevel'] },
      { name: 'tasks_department', fields: ['departmentCode', 'status', 'dueAt', 'escalationLevel'] },
      { name: 'tasks_inbox', fields: ['departmentCode', 'assigneeUsername', 'status', 'dueAt'] },
      { name: 'tasks_status_due', fields: ['status', 'dueAt'] },
      { name: 'tasks_entity', fields: ['creditCode'] },
      { name: 'tasks_workflow', fields: ['workflowId'] },
      // The overdue board and the taskOverdue warning scan walk open tasks by level and deadline.
      { name: 'tasks_status_level_due', fields: ['status', 'escalationLevel', 'dueAt'], since: 3 },
      // Statistics: one task type's receipts and decisions in a period, counted from the index alone.
      { name: 'tasks_type_created', fields: ['type', 'createdAt', 'departmentCode', 'status', 'dueAt', 'completedAt'], since: 16 },
      // Efficiency supervision (api/efficiency): every count and the handling-time histogram of a period, per
      // department, person and type, from the index alone.
      { name: 'tasks_efficiency', fields: ['createdAt', 'departmentCode', 'assigneeUsername', 'type', 'status', 'dueAt', 'completedAt', 'escalationLevel', 'handlingWorkingDays'], since: 21 },
      // The task tallies' live part (db/taskTallies.ts): the open tasks of whole months, from the index alone, and
      // the tasks settled since the last count.
      { name: 'tasks_open_created', fields: ['status', 'createdAt', 'departmentCode', 'assigneeUsername', 'type', 'dueAt', 'escalationLevel'], since: 23 },
      { name: 'tasks_status_completed', fields: ['status', 'completedAt'], since: 23 },
      // The overdue boards (highest escalation first, then the longest overdue): a department's tasks of one status in
      // the board's order, so a page is the first rows of one range (api/tasks/repository.ts reads a branch per status);
      // without it MariaDB read and sorted every overdue task of the department, 52,000 at a million rows.
      { name: 'tasks_department_level', fields: ['departmentCode', 'status', { name: 'escalationLevel', order: 'DESC' }, 'dueAt'], since: 26 },
    ],
  },
  {
    // The claim pool: every candidate department of a task offered to several.
    name: 'task_candidates',
    attributes: {
      taskId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      departmentCode: { ...str(32), primaryKey: true },
      // The task is still to be done (open or claimed), kept with the task row by saveTask (since version 26): 待认领,
      // the queues, the overdue boards and the menu's counts read only these rows. Without it each read the task row of
      // every pool task the department was ever offered (bench/inbox.ts: 5,000 of them for SCJGJ at a million tasks),
      // to drop the closed ones.
      isOpen: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    },
    columnsSince: { isOpen: 26 },
    indexes: [
      // What a department may see of the pool: every task it was a candidate for.
      { name: 'task_candidates_department', fields: ['departmentCode', 'taskId'] },
      { name: 'task_candidates_open', fields: ['departmentCode', 'isOpen', 'taskId'], since: 26 },
    ],
  },
  {
    name: 'audit_log',
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      at: time(),
      actorType: str(16),
      actor: str(100),
      action: str(64),
      targetType: str(32),
      targetId: str(200),
      detail: { type: DataTypes.TEXT, allowNull: false },
      prevHash: str(64),
      hash: str(64),
    },
    // The auditor's list (GET /api/v1/audit-log) reads newest first by id under one filter: each index ends in
    // the key, so a filter's page is a range of its index, never a sort of a million rows.
    indexes: [
      { name: 'audit_log_target', fields: ['targetType', 'targetId'] },
      { name: 'audit_log_actor', fields: ['actor', 'id'], since: 15 },
      { name: 'audit_log_action', fields: ['action', 'id'], since: 15 },
      { name: 'audit_log_at', fields: ['at', 'id'], since: 15 },
    ],
  },
  {
    // Serializes appends to the hash chain: one row, locked while a new entry is written.
    name: 'audit_head',
    attributes: { id: { type: DataTypes.INTEGER, primaryKey: true }, lastId: { type: DataTypes.INTEGER, allowNull: false }, lastHash: str(64) },
  },
  {
    name: 'calendar_overrides',
    attributes: { date: { type: DataTypes.DATEONLY, primaryKey: true }, workingDay: { type: DataTypes.BOOLEAN, allowNull: false }, note: str(200, true) },
  },
  {
    name: 'meta',
    attributes: { key: { ...str(64), primaryKey: true }, value: { type: DataTypes.TEXT, allowNull: false } },
  },
  // ---- version 2: double-random spot checks (双随机一公开), routine supervision, cases, publication ----
  {
    // 监管事项清单: what a department may check, and on which legal basis (国办发〔2015〕58号: no check without one).
    name: 'check_items',
    since: 2,
    attributes: {
      code: { ...str(16), primaryKey: true },
      departmentCode: str(32),
      name: str(200),
      legalBasis: str(300),
      method: str(100),
      kind: str(16),
      ...catalogVersionColumns(),
    },
    columnsSince: CATALOG_VERSION_COLUMNS_SINCE,
    indexes: [{ name: 'check_items_department', fields: ['departmentCode'] }],
  },
  {
    name: 'inspector_conflicts',
    since: 2,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      credentialNo: str(32),
      creditCode: str(18),
      reason: str(300),
      declaredAt: time(),
    },
    indexes: [{ name: 'inspector_conflicts_pair', fields: ['credentialNo', 'creditCode'], unique: true }],
  },
  {
    name: 'inspection_plans',
    since: 2,
    attributes: {
      id: { ...str(40), primaryKey: true },
      title: str(200),
      departmentCode: str(32),
      jointDepartmentCodes: jsonColumn('jointDepartmentCodes', false, []),
      drawMode: str(16),
      receivingDepartmentCode: str(32, true),
      checkItemCodes: jsonColumn('checkItemCodes', false, []),
      periodFrom: { type: DataTypes.DATEONLY, allowNull: false },
      periodTo: { type: DataTypes.DATEONLY, allowNull: false },
      entityFilter: jsonColumn('entityFilter', false, {}),
      strata: jsonColumn('strata', false, []),
      inspectorFilter: jsonColumn('inspectorFilter', false, {}),
      teamSize: { type: DataTypes.INTEGER, allowNull: false },
      status: str(16),
      createdBy: str(64),
      createdAt: time(),
      workflowId: str(150, true),
    },
    indexes: [{ name: 'inspection_plans_department', fields: ['departmentCode', 'status'] }],
  },
  {
    // The draw of one plan: commitments published at approval, seeds revealed by the draw (DESIGN.md rule 2).
    name: 'draws',
    since: 2,
    attributes: {
      planId: { ...str(40), primaryKey: true },
      algorithm: str(16),
      parameters: jsonColumn('parameters', false, {}),
      poolHash: str(64),
      seedHashes: jsonColumn('seedHashes', false, {}),
      // Secret until the draw step that uses it; served publicly only once revealed.
      seeds: jsonColumn('seeds', false, {}),
      revealed: jsonColumn('revealed', false, []),
      resultHash: str(64, true),
      committedAt: time(),
      drawnAt: time(true),
    },
  },
  {
    // Large JSON documents of a draw (the pool snapshot, the result) in pieces: a million-entity pool is
    // tens of megabytes, above MySQL's default max_allowed_packet for one statement (db/chunks.ts).
    name: 'draw_chunks',
    since: 2,
    attributes: {
      planId: { ...str(40), primaryKey: true },
      part: { ...str(16), primaryKey: true },
      chunk: { type: DataTypes.INTEGER, primaryKey: true },
      data: { type: DataTypes.TEXT('long'), allowNull: false },
    },
  },
  {
    name: 'inspections',
    since: 2,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      inspectionKey: str(150),
      kind: str(16),
      planId: str(40, true),
      creditCode: str(18),
      entityName: str(200),
      departmentCode: str(32),
      checkItemCodes: jsonColumn('checkItemCodes', false, []),
      team: jsonColumn('team', false, []),
      status: str(16),
      outcome: str(32, true),
      results: jsonColumn('results', false, []),
      finding: { type: DataTypes.TEXT, allowNull: true },
      recordedBy: str(64, true),
      confirmedBy: jsonColumn('confirmedBy', false, []),
      dueAt: time(),
      recordedAt: time(true),
      workflowId: str(150),
      // Where and when the team was on site, as the recording member says (since version 5).
      onSiteAt: time(true),
      onSitePlace: str(300, true),
      // The check items' catalog versions when the inspection started ([{code, version, versionId}]): a running
      // process keeps the version it started with (F1); null for inspections started before version 22.
      checkItemVersions: jsonColumn('checkItemVersions', true, null),
    },
    columnsSince: { onSiteAt: 5, onSitePlace: 5, checkItemVersions: 22 },
    indexes: [
      { name: 'inspections_key', fields: ['inspectionKey'], unique: true },
      { name: 'inspections_plan', fields: ['planId'] },
      { name: 'inspections_entity', fields: ['creditCode'] },
      // Statistics: random inspections due in a period per department and result, from the index alone.
      { name: 'inspections_kind_due', fields: ['kind', 'dueAt', 'departmentCode', 'status', 'outcome', 'creditCode'], since: 16 },
    ],
  },
  {
    name: 'enforcement_cases',
    since: 2,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      caseKey: str(150),
      inspectionKey: str(150),
      creditCode: str(18),
      entityName: str(200),
      departmentCode: str(32),
      stage: str(24),
      filingDueAt: time(true),
      decisionDueAt: time(true),
      filedAt: time(true),
      decidedAt: time(true),
      outcome: str(32, true),
      penalty: jsonColumn('penalty'),
      workflowId: str(150),
    },
    indexes: [
      { name: 'enforcement_cases_key', fields: ['caseKey'], unique: true },
      // The eligibility check reads an entity's cases (since version 10).
      { name: 'enforcement_cases_entity', fields: ['creditCode'], since: 10 },
      // Statistics (step 020): cases filed and decided in a period per department, open ones per department.
      { name: 'enforcement_cases_filed', fields: ['filedAt', 'departmentCode'], since: 20 },
      { name: 'enforcement_cases_decided', fields: ['decidedAt', 'departmentCode', 'outcome'], since: 20 },
      { name: 'enforcement_cases_stage', fields: ['stage', 'departmentCode', 'filedAt'], since: 20 },
    ],
  },
  {
    // What the public may read (企业信息公示暂行条例 Art. 6, 14): written once per record, never personal data.
    name: 'publications',
    since: 2,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      kind: str(24),
      refKey: str(150),
      creditCode: str(18),
      entityName: str(200),
      departmentCode: str(32),
      planId: str(40, true),
      content: jsonColumn('content', false, {}),
      dueAt: time(),
      publishedAt: time(),
    },
    indexes: [
      { name: 'publications_ref', fields: ['kind', 'refKey'], unique: true },
      { name: 'publications_entity', fields: ['creditCode'] },
      { name: 'publications_published', fields: ['publishedAt'] },
    ],
  },
  // ---- version 3: credit lists and joint punishment (联合惩戒, F6), supervision warnings (监管预警, F7) ----
  {
    // One entry of an entity on a credit list; its jointPunishment workflow applies and lifts the measures.
    name: 'credit_listings',
    since: 3,
    attributes: {
      id: { ...str(40), primaryKey: true },
      creditCode: str(18),
      entityName: str(200),
      listType: str(32),
      reason: { type: DataTypes.TEXT, allowNull: false },
      documentNo: str(100),
      authority: str(100),
      listedOn: { type: DataTypes.DATEONLY, allowNull: false },
      expiresOn: { type: DataTypes.DATEONLY, allowNull: true },
      status: str(16),
      endedOn: { type: DataTypes.DATEONLY, allowNull: true },
      endReason: { type: DataTypes.TEXT, allowNull: true },
      // The listing this one came from (an abnormal-operation entry moved after 3 years), or that replaced it.
      previousListingId: str(40, true),
      source: str(64),
      workflowId: str(150),
      createdAt: time(),
      updatedAt: time(),
    },
    indexes: [
      // Screening: the active listings of one entity, answered from this index.
      { name: 'credit_listings_entity', fields: ['creditCode', 'status', 'listType'] },
      { name: 'credit_listings_document', fields: ['listType', 'documentNo', 'creditCode'] },
      { name: 'credit_listings_status', fields: ['status', 'listType', 'listedOn'] },
      // Entity search's listing filter (db/entitySearch.ts): the listed entities' codes from the index alone.
      { name: 'credit_listings_search', fields: ['status', 'listType', 'creditCode'], since: 11 },
      // Statistics (step 020): entries listed and ended in a period per list and authority (and entity, for hot spots).
      { name: 'credit_listings_listed', fields: ['listedOn', 'listType', 'authority', 'creditCode'], since: 20 },
      // A department's version of the credit statistic: its active entries per list, from the index alone (0.63 s → 0.05 s
      // for the largest authority's 43,000 active entries of 100,000, bench/dashboards.ts).
      { name: 'credit_listings_authority', fields: ['authority', 'status', 'listType'], since: 23 },
      { name: 'credit_listings_ended', fields: ['endedOn', 'listType', 'authority'], since: 20 },
    ],
  },
  {
    // One listing per decision (DESIGN.md rule 9): the key of (entity, list, decision number) is taken by the
    // first listing of that decision, so concurrent relistings find it taken and answer `alreadyListed`.
    // When that listing has ended, a new listing of the same decision moves the key to itself.
    name: 'credit_listing_decisions',
    since: 4,
    attributes: {
      decisionKey: { ...str(200), primaryKey: true },
      listingId: str(40),
      claimedAt: time(),
    },
  },
  {
    // Idempotency of `POST /api/ext/v1/credit-listings`: the same eventId gets the same answer.
    name: 'credit_listing_events',
    since: 3,
    attributes: {
      eventId: { ...str(100), primaryKey: true },
      bodyHash: str(64),
      listingId: str(40),
      response: jsonColumn('response'),
      receivedAt: time(),
    },
  },
  {
    // 惩戒措施目录: what a list entails, where it bites, who applies it and on which legal basis.
    name: 'punishment_measures',
    since: 3,
    attributes: {
      code: { ...str(16), primaryKey: true },
      name: str(200),
      listTypes: jsonColumn('listTypes', false, []),
      scenario: str(32),
      departmentCode: str(32),
      legalBasis: str(300),
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      updatedAt: time(),
    },
  },
  {
    // Every screening answer (CONTRACT.md: every call is recorded for the feedback statistics).
    name: 'screenings',
    since: 3,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      creditCode: str(18),
      scenario: str(32),
      departmentCode: str(32),
      system: str(64),
      restricted: { type: DataTypes.BOOLEAN, allowNull: false },
      measureCodes: jsonColumn('measureCodes', false, []),
      listingIds: jsonColumn('listingIds', false, []),
      workflowId: str(150, true),
      askedAt: time(),
    },
    indexes: [
      { name: 'screenings_entity', fields: ['creditCode', 'askedAt'] },
      { name: 'screenings_department', fields: ['departmentCode', 'askedAt'] },
      // One screening per feedback process: a restricted row of an eligibility check counts once however often
      // its feedback step is retried (since version 10).
      { name: 'screenings_workflow', fields: ['workflowId'], unique: true, since: 10 },
      // Statistics (step 020): screenings in a period per scenario and department, with their answer.
      { name: 'screenings_asked', fields: ['askedAt', 'scenario', 'departmentCode', 'restricted'], since: 20 },
    ],
  },
  {
    // Each automatic warning rule's switch, threshold, level and responsible department.
    name: 'warning_rules',
    since: 3,
    attributes: {
      code: { ...str(32), primaryKey: true },
      enabled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      thresholdDays: { type: DataTypes.INTEGER, allowNull: true },
      level: str(8),
      // Null: the department the subject belongs to (the license's, the case's, the task's).
      departmentCode: str(32, true),
      updatedAt: time(),
      updatedBy: str(64, true),
    },
  },
  {
    name: 'warnings',
    since: 3,
    attributes: {
      id: { ...str(60), primaryKey: true },
      ruleCode: str(32, true),
      source: str(8),
      level: str(8),
      creditCode: str(18),
      entityName: str(200),
      subject: str(200),
      reason: { type: DataTypes.TEXT, allowNull: false },
      departmentCode: str(32),
      status: str(8),
      // Automatic: `rule:entity:subject instance`, kept, so a handled warning is not raised again for the same
      // fact. Manual: `manual:entity:subject` while open, null once closed.
      dedupeKey: str(250, true),
      raisedBy: str(150),
      raisedAt: time(),
      closedAt: time(true),
      outcome: str(32, true),
      handling: { type: DataTypes.TEXT, allowNull: true },
      workflowId: str(150),
    },
    indexes: [
      { name: 'warnings_dedupe', fields: ['dedupeKey'], unique: true },
      { name: 'warnings_board', fields: ['status', 'level', 'raisedAt'] },
      { name: 'warnings_department', fields: ['departmentCode', 'status'] },
      { name: 'warnings_entity', fields: ['creditCode'] },
      // A scan starts the workflows of the warnings it raised, page by page.
      { name: 'warnings_scan', fields: ['raisedBy', 'id'] },
      // Statistics (step 020): warnings raised in a period by level, rule and department, and their state.
      { name: 'warnings_raised', fields: ['raisedAt', 'departmentCode', 'level', 'ruleCode', 'status', 'closedAt'], since: 20 },
    ],
  },
  {
    // Photos and documents of an inspection (检查证据). The content is kept in the database, not under
    // DATA_DIR: API instances are stateless replicas (production runs two behind one address), the database
    // is what is backed up, and the file commits in the same transaction as its audit row.
    name: 'evidence',
    since: 5,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      inspectionId: { type: DataTypes.INTEGER, allowNull: false },
      fileName: str(200),
      contentType: str(100),
      size: { type: DataTypes.INTEGER, allowNull: false },
      sha256: str(64),
      content: { type: DataTypes.BLOB('long'), allowNull: false },
      uploadedBy: str(64),
      uploadedAt: time(),
    },
    indexes: [
      { name: 'evidence_inspection', fields: ['inspectionId', 'id'] },
      // One file is one piece of evidence: the same content uploaded again (a retry, a second tap) is the one row
      // (DESIGN.md rule 9; since version 12).
      { name: 'evidence_once', fields: ['inspectionId', 'sha256'], unique: true, since: 12 },
    ],
  },
  // ---- version 6: entity search (F11) ----
  {
    // The name index of entity search (db/entitySearch.ts): per entity, one row per character pair at each position
    // of the normalised name and one per distinct character. A gram is a number (two code points), so no
    // collation folds two characters into one; the primary key orders each posting list by credit code.
    name: 'entity_name_grams',
    since: 6,
    attributes: {
      gram: { type: DataTypes.BIGINT, allowNull: false, primaryKey: true },
      creditCode: { ...str(18), primaryKey: true },
      pos: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      // The entity's filter columns (since version 11), so a filtered search checks them in the gram row itself;
      // kept in step by reindexEntityName. On SQLite the table is WITHOUT ROWID (schema step 011).
      regionCode: { ...str(12), defaultValue: '' },
      industryCode: { ...str(8), defaultValue: '' },
      status: { ...str(16), defaultValue: 'active' },
      riskClass: { type: DataTypes.STRING(1), allowNull: false, defaultValue: 'B' },
    },
    columnsSince: { regionCode: 11, industryCode: 11, status: 11, riskClass: 11 },
    indexes: [
      // A posting list within one region, in credit-code order, holding the other filters (db/entitySearch.ts GRAMS_BY_REGION).
      { name: 'entity_name_grams_region', fields: ['gram', 'regionCode', 'creditCode', 'pos', 'status', 'riskClass', 'industryCode'], since: 11 },
    ],
  },
  // ---- version 7: collected records (归集, F10) ----
  {
    // A record another system pushed (`POST /api/ext/v1/records`): one row per natural key, updated in place.
    name: 'records',
    since: 7,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      kind: str(24),
      // The department whose record it is (the item's `department`); with the kind and key, its natural key.
      departmentCode: str(32),
      recordKey: str(150),
      // SHA-256 of recordKey, the key's bytes: MySQL's collation would take `a1` and `A1`, or a full-width and a
      // half-width key, for one record; hex digits compare alike everywhere.
      keyHash: str(64),
      creditCode: str(18),
      entityName: str(200),
      occurredOn: { type: DataTypes.DATEONLY, allowNull: false },
      // The kind's own fields as sent (domain/records.ts PERSONAL_FIELDS names those masked when read).
      data: jsonColumn('data', false, {}),
      // Who pushed it: the API key's department and system.
      sourceDepartmentCode: str(32),
      system: str(64),
      createdAt: time(),
      updatedAt: time(),
    },
    indexes: [
      // One row per record (DESIGN.md rule 9): concurrent pushes of one item cannot both insert.
      { name: 'records_natural', fields: ['kind', 'departmentCode', 'keyHash'], unique: true },
      { name: 'records_entity', fields: ['creditCode', 'kind', 'occurredOn'] },
      // Statistics (step 020): collected penalty records in a period per department.
      { name: 'records_kind_occurred', fields: ['kind', 'occurredOn', 'departmentCode'], since: 20 },
    ],
  },
  // ---- version 8: batch imports of collected records (归集, F10) ----
  {
    // One uploaded spreadsheet and its import (workflows/recordImport.ts owns its state; activities write this
    // projection). The same file twice from one department for one kind is the one import (DESIGN.md rule 9).
    name: 'imports',
    since: 8,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      // Random: the workflow's id (databases sharing a Temporal namespace would collide on row ids).
      importKey: str(36),
      kind: str(24),
      departmentCode: str(32),
      uploadedBy: str(64),
      fileName: str(200),
      format: str(8),
      size: { type: DataTypes.INTEGER, allowNull: false },
      sha256: str(64),
      status: str(16),
      rowsTotal: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      rowsValid: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      rowsRejected: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      rowsAmbiguous: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      rowsDone: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      stored: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      merged: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      // Why the file could not be read at all (a stable code and its values), when status is failed.
      failure: jsonColumn('failure', true),
      workflowId: str(150),
      importingSince: time(true),
      finishedAt: time(true),
      createdAt: time(),
      updatedAt: time(),
    },
    indexes: [
      { name: 'imports_key', fields: ['importKey'], unique: true },
      { name: 'imports_file_once', fields: ['departmentCode', 'kind', 'sha256'], unique: true },
      { name: 'imports_department', fields: ['departmentCode', 'createdAt'] },
    ],
  },
  {
    // The uploaded file's bytes in parts of at most 4 MB (MySQL's max_allowed_packet is 16 MB by default).
    name: 'import_file_parts',
    since: 8,
    attributes: {
      importId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      part: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      bytes: { type: DataTypes.BLOB('medium'), allowNull: false },
    },
  },
  {
    // An import's rows once validated: the record to store (ready), or one waiting for its department to choose
    // among entities of the same name (ambiguous), then stored (done) or left (skipped).
    name: 'import_rows',
    since: 8,
    attributes: {
      importId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      seq: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      row: { type: DataTypes.INTEGER, allowNull: false },
      status: str(16),
      record: jsonColumn('record', false, {}),
      candidates: jsonColumn('candidates', true),
    },
    indexes: [{ name: 'import_rows_status', fields: ['importId', 'status', 'seq'] }],
  },
  {
    // Why a row was refused: its row number as the spreadsheet shows it, the column by its header, a stable code.
    name: 'import_errors',
    since: 8,
    attributes: {
      importId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      seq: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      row: { type: DataTypes.INTEGER, allowNull: false },
      columnName: str(100),
      message: str(500),
      code: str(64),
      params: jsonColumn('params', true),
    },
  },
  // ---- version 10: support-eligibility check (F12) ----
  {
    // A policy an eligibility check is run for, with its criteria (domain/eligibility.ts PolicyCriteria).
    name: 'eligibility_policies',
    since: 10,
    attributes: {
      code: { ...str(32), primaryKey: true },
      name: str(100),
      scenario: str(32),
      criteria: jsonColumn('criteria', false, {}),
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      updatedAt: time(),
      updatedBy: str(64, true),
    },
  },
  {
    // One eligibility check: who ran it for which policy on which file, and its counts; its rows follow.
    name: 'eligibility_checks',
    since: 10,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      // Random: the feedback workflow's id (databases sharing a Temporal namespace would collide on row ids).
      checkKey: str(36),
      policyCode: str(32),
      policyName: str(100),
      scenario: str(32),
      departmentCode: str(32),
      checkedBy: str(64),
      checkedAt: time(),
      fileName: str(200),
      sha256: str(64),
      total: { type: DataTypes.INTEGER, allowNull: false },
      found: { type: DataTypes.INTEGER, allowNull: false },
      eligible: { type: DataTypes.INTEGER, allowNull: false },
      restricted: { type: DataTypes.INTEGER, allowNull: false },
      workflowId: str(150, true),
    },
    indexes: [
      { name: 'eligibility_checks_key', fields: ['checkKey'], unique: true },
      { name: 'eligibility_checks_department', fields: ['departmentCode', 'checkedAt'] },
    ],
  },
  {
    // A check's answer per row of the file (CONTRACT.md: row, creditCode, name, found, status, eligible, reasons).
    name: 'eligibility_check_rows',
    since: 10,
    attributes: {
      checkId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      row: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      creditCode: str(18, true),
      name: str(200, true),
      found: { type: DataTypes.BOOLEAN, allowNull: false },
      status: str(16, true),
      eligible: { type: DataTypes.BOOLEAN, allowNull: false },
      restricted: { type: DataTypes.BOOLEAN, allowNull: false },
      reasons: jsonColumn('reasons', false, []),
      // What the screening feedback needs of a restricted row: the measures and the listings behind them.
      screening: jsonColumn('screening', true),
    },
    indexes: [{ name: 'eligibility_check_rows_restricted', fields: ['checkId', 'restricted', 'row'] }],
  },
  // ---- version 9: information sharing (信息共享, F13) ----
  {
    // The outbox of shared events: written in the transaction of the change each one reports, read by the feed
    // and the subscriptions' deliveries. `id` is the cursor, handed out under shared_event_head's lock (see
    // db/sharedEvents.ts), so ids commit in order and a reader never skips one committed late.
    name: 'shared_events',
    since: 9,
    attributes: {
      id: { type: DataTypes.INTEGER, primaryKey: true },
      // The fact, once: `<type>:<natural key>` (an event id, a listing id, a case key…), so a retried activity
      // writes it once.
      factKey: str(200),
      type: str(32),
      occurredAt: time(),
      creditCode: str(18),
      data: jsonColumn('data', false, {}),
      createdAt: time(),
    },
    indexes: [
      { name: 'shared_events_fact', fields: ['factKey'], unique: true },
      { name: 'shared_events_type', fields: ['type', 'id'] },
    ],
  },
  {
    name: 'shared_event_head',
    since: 9,
    attributes: { id: { type: DataTypes.INTEGER, primaryKey: true }, lastId: { type: DataTypes.INTEGER, allowNull: false } },
  },
  {
    // A department's webhook subscription (`POST /api/ext/v1/subscriptions`); its delivery workflow owns `status`
    // and `cursor` (the last event delivered).
    name: 'subscriptions',
    since: 9,
    attributes: {
      id: { ...str(40), primaryKey: true },
      departmentCode: str(32),
      system: str(64),
      url: str(2000),
      types: jsonColumn('types', false, []),
      // Kept as given (not hashed): each delivery is signed with it, so the platform must be able to use it; it is
      // shown once, never served again, and the admin UI does not read it.
      secret: str(64),
      status: str(16),
      cursor: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      pausedReason: str(300, true),
      pausedAt: time(true),
      lastDeliveryAt: time(true),
      lastDeliveryStatus: str(16, true),
      createdAt: time(),
      updatedAt: time(),
    },
    indexes: [{ name: 'subscriptions_department', fields: ['departmentCode', 'status'] }],
  },
  {
    // One row per delivery attempt: what was sent, how it was answered, how long it took.
    name: 'deliveries',
    since: 9,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      subscriptionId: str(40),
      eventId: { type: DataTypes.INTEGER, allowNull: false },
      eventType: str(32),
      attempt: { type: DataTypes.INTEGER, allowNull: false },
      // sent (answered 2xx), retrying (failed; tried again), failed (the last attempt failed: the subscription pauses)
      status: str(16),
      statusCode: { type: DataTypes.INTEGER, allowNull: true },
      error: str(300, true),
      durationMs: { type: DataTypes.INTEGER, allowNull: false },
      payload: { type: DataTypes.TEXT, allowNull: false },
      at: time(),
    },
    indexes: [
      // One row per attempt: an activity retried after its row committed writes it once.
      { name: 'deliveries_attempt', fields: ['subscriptionId', 'eventId', 'attempt'], unique: true },
      { name: 'deliveries_subscription', fields: ['subscriptionId', 'id'] },
    ],
  },
  // ---- version 17: the credit-risk model (F14) ----
  {
    // Each version of the model the district office set (domain/risk.ts RiskModel); the newest is in force.
    name: 'risk_models',
    since: 17,
    attributes: {
      version: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      weights: jsonColumn('weights', false, {}),
      countCap: { type: DataTypes.INTEGER, allowNull: false },
      thresholds: jsonColumn('thresholds', false, {}),
      windowMonths: { type: DataTypes.INTEGER, allowNull: false },
      setBy: str(64),
      setAt: time(),
    },
  },
  {
    // Each entity's last score: why its class (entities.riskClass, which the spot-check strata read) is what it is.
    name: 'entity_risk',
    since: 17,
    attributes: {
      creditCode: { ...str(18), primaryKey: true },
      score: { type: DataTypes.INTEGER, allowNull: false },
      riskClass: str(1),
      factors: jsonColumn('factors', false, []),
      modelVersion: { type: DataTypes.INTEGER, allowNull: false },
      asOf: str(10),
      computedAt: time(),
    },
  },
  // ---- version 18: managed catalogs (职能清单, F1) ----
  {
    // 行政处罚事项: what a department may penalise, on which legal basis; a case's decision picks one.
    name: 'penalty_items',
    since: 18,
    attributes: {
      code: { ...str(16), primaryKey: true },
      departmentCode: str(32),
      name: str(200),
      legalBasis: str(300),
      ...catalogVersionColumns(),
    },
    indexes: [{ name: 'penalty_items_department', fields: ['departmentCode'] }],
  },
  {
    // Every version of every item of the three catalogs, never changed once superseded (the old one stays readable).
    name: 'catalog_versions',
    since: 18,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      // licenseItem, penaltyItem or checkItem (domain/catalogs.ts)
      catalog: str(16),
      code: str(16),
      version: { type: DataTypes.INTEGER, allowNull: false },
      name: str(200),
      departmentCode: str(32),
      legalBasis: str(300),
      // What only one catalog has: a check item's method and kind, a license item's expiry warning days.
      details: jsonColumn('details', false, {}),
      effectiveFrom: { type: DataTypes.DATEONLY, allowNull: false },
      effectiveTo: { type: DataTypes.DATEONLY, allowNull: true },
      reason: str(300, true),
      createdBy: str(64),
      createdAt: time(),
      supersededAt: time(true),
    },
    indexes: [
      // One row per version of an item: of two changes made from the same version, one wins (the other is a 409).
      { name: 'catalog_versions_item', fields: ['catalog', 'code', 'version'], unique: true },
    ],
  },
  // ---- version 19: supervision resources (监管资源, F2): inspectors' profiles, experts, third parties, conflicts ----
  {
    // What an inspector (a user with a credential number) is competent in and whether they are on duty; their
    // region is users.regionCode. A user without a row is on duty with no field (domain/resources.ts).
    name: 'inspector_profiles',
    since: 19,
    attributes: {
      userId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      fields: jsonColumn('fields', false, []),
      status: str(16),
      updatedBy: str(64),
      updatedAt: time(),
    },
    indexes: [{ name: 'inspector_profiles_status', fields: ['status'] }],
  },
  {
    // 专家库: outside experts a plan draws into teams for items that need one; kept by a department.
    name: 'experts',
    since: 19,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      name: str(64),
      employer: str(200),
      fields: jsonColumn('fields', false, []),
      phone: str(20),
      departmentCode: str(32),
      status: str(16),
      createdBy: str(64),
      createdAt: time(),
      updatedAt: time(),
    },
    indexes: [
      // One person once: the same name with the same phone number is the same expert.
      { name: 'experts_person', fields: ['name', 'phone'], unique: true },
      { name: 'experts_department', fields: ['departmentCode', 'status'] },
    ],
  },
  {
    // 第三方机构: testing, appraisal or inspection bodies, each once by its credit code.
    name: 'third_parties',
    since: 19,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      name: str(200),
      creditCode: str(18),
      fields: jsonColumn('fields', false, []),
      qualificationNo: str(64),
      validUntil: { type: DataTypes.DATEONLY, allowNull: false },
      departmentCode: str(32),
      status: str(16),
      createdBy: str(64),
      createdAt: time(),
      updatedAt: time(),
    },
    indexes: [
      { name: 'third_parties_credit_code', fields: ['creditCode'], unique: true },
      { name: 'third_parties_department', fields: ['departmentCode', 'status'] },
    ],
  },
  {
    // Conflicts of interest (回避, 行政处罚法 Art. 43) of inspectors and experts, declared and decided; one row per
    // party and entity, which a declaration after a lift reopens. Supersedes inspector_conflicts (copied in).
    name: 'conflicts',
    since: 19,
    attributes: {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      partyType: str(16),
      // The inspector's credential number, or the expert's id.
      partyKey: str(32),
      creditCode: str(18),
      reason: str(300),
      status: str(16),
      declaredBy: str(64),
      declaredAt: time(),
      decidedBy: str(64, true),
      decidedAt: time(true),
      liftReason: str(300, true),
    },
    indexes: [
      { name: 'conflicts_pair', fields: ['partyType', 'partyKey', 'creditCode'], unique: true },
      { name: 'conflicts_status', fields: ['status', 'id'] },
    ],
  },
  {
    // Check items that need outside expertise in a field: the draw adds an expert of that field to each team of a
    // plan holding such an item (a third-party body is named by the plan's department). Beside check_items, not in it.
    name: 'check_item_expertise',
    since: 19,
    attributes: {
      checkItemCode: { ...str(16), primaryKey: true },
      field: str(32),
      need: str(16),
      setBy: str(64),
      setAt: time(),
    },
  },
  // ---- version 22: the register in counts for the dashboards (db/entityTallies.ts) ----
  {
    // One row per combination of entity type, industry section, town/street, status and risk class, with how many
    // entities hold it: replaced as a whole by each count (meta `entityTallies.asOf`). Absent values are ''.
    name: 'entity_tallies',
    since: 22,
    attributes: {
      entityType: { ...str(100), primaryKey: true },
      industrySection: { ...str(1), primaryKey: true },
      regionCode: { ...str(12), primaryKey: true },
      status: { ...str(16), primaryKey: true },
      riskClass: { ...str(1), primaryKey: true },
      n: { type: DataTypes.INTEGER, allowNull: false },
    },
  },
  {
    // The settled tasks in counts (db/taskTallies.ts): per month of creation (Shanghai), department, assignee,
    // type and handling time in working days, the tasks completed or cancelled before `cut`. Replaced as a whole
    // by each count; every row holds the count's cut. Absent values are '' (department, assignee) and -1
    // (handling time).
    name: 'task_tallies',
    since: 23,
    attributes: {
      month: { ...str(7), primaryKey: true },
      departmentCode: { ...str(32), primaryKey: true },
      assigneeUsername: { ...str(64), primaryKey: true },
      type: { ...str(32), primaryKey: true },
      handlingWorkingDays: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      cut: time(),
      received: { type: DataTypes.INTEGER, allowNull: false },
      completed: { type: DataTypes.INTEGER, allowNull: false },
      onTime: { type: DataTypes.INTEGER, allowNull: false },
      escalated: { type: DataTypes.INTEGER, allowNull: false },
    },
  },
  // ---- version 24: the open tasks in counts, kept in step with every task write (db/openTaskCounts.ts) ----
  {
    // Per month of creation (Shanghai), department, assignee, type and whether escalated: how many tasks are open or
    // claimed. Absent department and assignee are ''. A group whose tasks all settled stays, with 0.
    name: 'open_task_counts',
    since: 24,
    attributes: {
      month: { ...str(7), primaryKey: true },
      departmentCode: { ...str(32), primaryKey: true },
      assigneeUsername: { ...str(64), primaryKey: true },
      type: { ...str(32), primaryKey: true },
      escalated: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      n: { type: DataTypes.INTEGER, allowNull: false },
    },
  },
  {
    // What happened to the register in counts (db/factTallies.ts): completed inspections, warnings and credit-list
    // entries per month (Shanghai), party (department; a listing's authority in words), inspection kind, whether it
    // found a problem, and the entity's industry section, town/street and risk class. Replaced as a whole with the
    // register's tallies (meta `entityTallies.asOf`). Absent values are ''.
    name: 'fact_tallies',
    since: 23,
    attributes: {
      fact: { ...str(16), primaryKey: true },
      month: { ...str(7), primaryKey: true },
      party: { ...str(100), primaryKey: true },
      kind: { ...str(16), primaryKey: true },
      bad: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      industrySection: { ...str(1), primaryKey: true },
      regionCode: { ...str(12), primaryKey: true },
      riskClass: { ...str(1), primaryKey: true },
      n: { type: DataTypes.INTEGER, allowNull: false },
    },
  },
  // ---- version 25: limits that hold across API instances (db/rateLimits.ts) ----
  {
    // Hits on one rate limit (api/security/loginLimits.ts) by one client key in the window that ends at resetAt
    // (ms since the epoch): in the database, so every API instance counts the same hits. Expired rows are pruned.
    name: 'rate_limit_hits',
    since: 25,
    attributes: {
      limitName: { ...str(32), primaryKey: true },
      clientKey: { ...str(200), primaryKey: true },
      hits: { type: DataTypes.INTEGER, allowNull: false },
      resetAt: { type: DataTypes.BIGINT, allowNull: false },
    },
    indexes: [{ name: 'rate_limit_hits_reset', fields: ['resetAt'] }],
  },
];
