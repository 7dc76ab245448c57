// Generated from GET /api/openapi.json by `npm run gen:api-types`; do not edit (api/openapi.test.ts checks it is current).

export interface paths {
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the audit log
         * @description auditor only (not the administrator, whose actions it records). Newest first; filters combine. Each entry’s actor by name, its target by name or title. Every search and export is itself an entry (`auditLog.viewed`, `auditLog.exported`). 400 for a bad filter (`from` after `to`: `date-range-reversed`).
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one audit log entry
         * @description auditor only; as the list shows it, with its hashes. Reading it is itself an entry (`auditLog.viewed` with the entry’s id).
         */
        get: operations["getAuditEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the audit log’s hash chain
         * @description auditor only. The verification of `npm run cli -- audit verify`: every entry’s hash and link, the head, and the checkpoints Temporal holds. Answers 200 whether intact or not; the verification is itself an entry (`auditLog.verified`), written after it.
         */
        post: operations["verifyAuditLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List departments */
        get: operations["listDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the towns and streets of the district */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/license-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List license items */
        get: operations["listLicenseItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/license-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a licensing decision
         * @description scope license:write. Advances the license-feedback step of a notified entity.
         */
        post: operations["postLicenseDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a registration event
         * @description scope registration:write. Starts the dual-notification process (双告知).
         */
        post: operations["postRegistrationEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/registrations/{eventId}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the applicant’s notice of a registration event
         * @description scope registration:write
         */
        get: operations["getRegistrationNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List check items */
        get: operations["listCheckItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-plans/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a spot-check plan */
        post: operations["previewInspectionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List spot-check plans */
        get: operations["listInspectionPlans"];
        put?: never;
        /** Create a spot-check plan */
        post: operations["createInspectionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a spot-check plan */
        get: operations["getInspectionPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List inspections */
        get: operations["listInspections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an inspection */
        get: operations["getInspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List enforcement cases */
        get: operations["listCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an enforcement case */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/extension-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for the extension of a case step */
        post: operations["requestCaseExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the requested extension of a case step (supervisor) */
        post: operations["extendCaseDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routine-inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a routine inspection */
        post: operations["startRoutineInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the results of an inspection */
        post: operations["recordInspectionResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the evidence of an inspection */
        get: operations["listInspectionEvidence"];
        put?: never;
        /**
         * Upload evidence (a photo or a document) to an inspection
         * @description The raw file as the body, its type as Content-Type (image/jpeg, image/png or application/pdf; the first bytes must match it) and its name in `fileName`. A team member, or a supervisor of the department, while the results are not yet confirmed. At most EVIDENCE_MAX_BYTES.
         */
        post: operations["uploadInspectionEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one evidence file */
        get: operations["downloadInspectionEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search market entities */
        get: operations["searchEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/efficiency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How each department or person handles its tasks (监管效能)
         * @description Per department or person and task type, over the tasks created in the period: received, completed, on time, overdue, open and overdue now, escalated, and the median and p90 handling time in working days. Leaders, administrators and the district office see every department; a supervisor their own. The drill-down to the tasks behind a number is the task list with `department` (or `assignee`/`unassigned`), `type`, `createdFrom`/`createdBefore` and, per number, `status=completed`, `completedLate`, `overdue` or `escalated`.
         */
        get: operations["getEfficiency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/efficiency/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekly or monthly trend of task handling (监管效能趋势)
         * @description Of the tasks created in each week or month (whole weeks or months, at most 53): received, completed, on time, overdue, the on-time rate and the median and p90 handling time in working days, for one department or every one and one task type or every one. Who sees what as for GET /efficiency. 400 `period-reversed`, `trend-too-long`.
         */
        get: operations["getEfficiencyTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/efficiency/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open tasks that will be overdue within 1, 3 and 5 working days
         * @description Per department or person: the open tasks not yet overdue that will be by the end of the next 1, 3 and 5 working days (official calendar with the district overrides), so a supervisor acts before escalation. Who sees what as for GET /efficiency.
         */
        get: operations["getEfficiencyForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List eligibility checks, newest first
         * @description Your department’s checks (every department’s for administrators, leaders and the district office), newest first.
         */
        get: operations["listEligibilityChecks"];
        put?: never;
        /**
         * Check a list of entities against a policy
         * @description Support-eligibility check (扶持鼓励数据核查). Multipart form: `policy` (a policy code) and `file` (.xlsx or CSV, UTF-8 or GBK, at most 10,000 data rows; a `统一社会信用代码` and/or `企业名称` column). Rows naming only a name are matched on the normalised name; a name fitting several entities is a reason (`ambiguousName`), never a guess. The check is stored with an audit entry; restricted rows count as screenings. With `Accept` set to the spreadsheet type the answer is the workbook.
         */
        post: operations["runEligibilityCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An eligibility check with its rows */
        get: operations["getEligibilityCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the policies an eligibility check can be run for */
        get: operations["listEligibilityPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility-policies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A policy with its criteria */
        get: operations["getEligibilityPolicy"];
        /** Create or change a policy and its criteria (administrators) */
        put: operations["saveEligibilityPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List imports, newest first
         * @description Your department’s imports (every department’s for administrators). `errors` is empty here; `errorsTotal` counts them.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Upload a spreadsheet of collected records (归集) to import
         * @description Multipart form: `kind` (license, penalty, inspection, judicial_assistance, complaint) and `file` (.xlsx, or CSV in UTF-8 with or without BOM or GBK; at most UPLOAD_MAX_BYTES, 50 MB by default, and 100,000 data rows), with the columns of the kind's template (Chinese headers, or the field names). The API reads the headers and the first 100 data rows only, and refuses at once, nothing stored, a file that is not such a table there: `not-a-spreadsheet`, `formula-cell` (params.cell), `duplicate-header`, `csv-malformed`, `spreadsheet-empty`, `import-columns-missing` (params.columns) — 422; the rest of the file (merged cells, a formula further down, more than the row limit) is read by validation, which then fails the import with `failure.code` `merged-cells` (params.range), `formula-cell` or `too-many-rows` (params.maxRows), nothing of it stored; `upload-too-large` 413; `upload-file-missing`, `import-kind-unknown` 400; `upload-not-multipart` 415. Otherwise the import starts (202) and its rows are validated by its workflow. The same file again (same department, kind and content) answers the existing import with 200 and changes nothing. Clerks, supervisors and administrators.
         */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: status, progress, time left and its errors */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import’s refused rows, with the column and the reason
         * @description JSON one page at a time, or every error as a workbook with `format=xlsx` (or `Accept` set to the spreadsheet type).
         */
        get: operations["listImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the valid rows of an import waiting for review
         * @description Only while `needsReview`; otherwise 409 `import-not-in-review`. The refused rows are not imported; fix them and upload a new file.
         */
        post: operations["confirmImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an import before it is done
         * @description While validating, waiting for review or importing; 409 `import-finished` once done, failed or cancelled. Rows already stored stay stored (they are ordinary records, merged by their natural key if imported again). A long step finishes first: the answer may still say `importing` for a moment.
         */
        post: operations["cancelImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The .xlsx template of a kind of record
         * @description Sheet 数据: the Chinese column headers, text columns formatted as text; sheet 说明: each column’s field name, whether it is required, its format and an example.
         */
        get: operations["getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entities/{creditCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an entity’s dossier
         * @description The dossier (一户一档). Names of natural persons and phone numbers are shown to the administrator, district-wide departments and the entity’s own departments (license, notice, inspection, case, warning or task about it, or its registration authority), masked (张*, 138****1234) for everyone else; ID numbers in full only to the administrator.
         */
        get: operations["getEntityDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/entities/{creditCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an entity’s dossier as shared data
         * @description scope entity:read. The dossier (一户一档). Names of natural persons and phone numbers are shown to the administrator, district-wide departments and the entity’s own departments (license, notice, inspection, case, warning or task about it, or its registration authority), masked (张*, 138****1234) for everyone else; ID numbers in full only to the administrator. An API key counts as its department (none: an uninvolved one).
         */
        get: operations["getSharedEntityDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entities/{creditCode}/sections/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through a section of an entity’s dossier
         * @description The rows of a long section beyond the dossier’s first 50, masked as the dossier is.
         */
        get: operations["getEntityDossierSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/entities/{creditCode}/sections/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through a section of an entity’s shared dossier
         * @description scope entity:read. The rows of a long section beyond the dossier’s first 50, masked as the shared dossier is.
         */
        get: operations["getSharedEntityDossierSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List credit-list entries */
        get: operations["listCreditListings"];
        put?: never;
        /** List an entity on a credit list */
        post: operations["createCreditListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a credit-list entry and its process */
        get: operations["getCreditListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-listings/{id}/delist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delist a credit-list entry */
        post: operations["delistCreditListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/punishment-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List punishment measures */
        get: operations["listPunishmentMeasures"];
        put?: never;
        /** Add a punishment measure */
        post: operations["createPunishmentMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/punishment-measures/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a punishment measure */
        put: operations["updatePunishmentMeasure"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/punishment-feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get punishment feedback per department */
        get: operations["getPunishmentFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-list-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the credit lists and who enters each */
        get: operations["listCreditListTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/credit-listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a credit listing or delisting
         * @description scope credit:write. `list` starts joint punishment: each implementing department is notified of its measures. A relisting of the same decision answers `alreadyListed`; another active listing of the entity is named in `overlapping`. `delist` ends the listing by credit repair or removal (404 when that listing does not exist, nothing changed; `alreadyEnded` when it had ended) and the departments that applied measures are told to lift them.
         */
        post: operations["postCreditListingEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Screen an entity for joint-punishment restrictions
         * @description scope screening:read. Joint-punishment screening (联合惩戒核查); every call is recorded, and a restricted answer opens a feedback task for the asking department (feedback within 10 working days).
         */
        get: operations["screenEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push collected records (归集)
         * @description scope records:write, with a key created for a department (the source department). Up to 1,000 items of one kind. Each item is `stored`, `merged` (its natural key — kind, department, key — was known: updated) or `rejected` with its errors (code `entity-unmatched`, `entity-ambiguous`, `unknown-department`, `invalid-credit-code`, or a field rule); a rejected item stores nothing. An item without a credit code is matched on its normalised `entityName` (full- and half-width, brackets and spaces alike): exactly one registered entity, or rejected. When every item is rejected the answer is 422 (`records-rejected`) with `errors[].field` as `items.<index>.<field>`. Pushing the same items again has one effect.
         */
        post: operations["postRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List collected records
         * @description the viewer’s department’s records; administrators, leaders and the district office see every department’s and may filter by one. sort: `occurredOn` (default), `updatedAt`, `id`, newest first.
         */
        get: operations["listRecords"];
        put?: never;
        /**
         * Enter one collected record (在线录入)
         * @description clerk, supervisor (their own department’s records) or admin (any department). One item of `kind`, with the fields and the checks of `POST /api/ext/v1/records`; the entity by credit code (or an unambiguous name). A rejected record stores nothing: 422 `record-rejected` with `errors[].field` naming the item’s fields; 403 `record-other-department` for another department’s record. One audit entry.
         */
        post: operations["enterRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List warnings */
        get: operations["listWarnings"];
        put?: never;
        /** Raise a manual warning */
        post: operations["raiseWarning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warnings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a warning */
        get: operations["getWarning"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warning-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the automatic warning rules */
        get: operations["listWarningRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warning-rules/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a warning rule */
        put: operations["updateWarningRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warning-scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the warning rules now */
        post: operations["runWarningScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/stuck-processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stuck and failed processes (admin)
         * @description Runs of the platform that failed (a DataError: a step failed on its data) or whose current step has been failing for longer than STUCK_PROCESS_MINUTES, newest first. Read from Temporal visibility; `truncated` says more runs exist than one refresh examines.
         */
        get: operations["listStuckProcesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/credit-listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List entities on the public credit lists (经营异常名录, 严重违法失信名单) */
        get: operations["listPublicCreditListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/inspection-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published spot-check plans */
        get: operations["listPublishedInspectionPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/inspection-plans/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a published draw, to verify it */
        get: operations["getPublishedDraw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/inspection-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published inspection results */
        get: operations["listPublishedInspectionResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the logged-in user */
        get: operations["getSession"];
        put?: never;
        /** Log in */
        post: operations["logIn"];
        /** Log out */
        delete: operations["logOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read shared events from a cursor
         * @description scope feed:read. Events in order after `after`; resumable from any cursor. Bad input answers 400 with a code: `feed-cursor-invalid`, `feed-cursor-unknown` (beyond the newest event), `event-types-empty`, `event-type-unknown`, `feed-limit-invalid`.
         */
        get: operations["readFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your department’s subscriptions
         * @description scope feed:read; active and paused ones (`status` to filter)
         */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Subscribe a webhook to shared events
         * @description scope feed:read, a key created for a department (the subscription is that department’s). Deliveries start with the events after the subscription (earlier ones are in the feed). Each delivery is a POST of one SharedEvent with headers `Zongjian-Event-Id` (dedupe on it: delivery is at least once), `Zongjian-Timestamp` (Unix seconds) and `Zongjian-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the secret>`; events in feed order, the next only once the previous was answered 2xx; a failed one is retried with exponential backoff, and after DELIVERY_ATTEMPTS (15) failures the subscription pauses and its department gets a task. Refused (422): a URL that is not http(s) (`subscription-url-scheme`), carries a user or password, or points at the platform (its API port on its own host or a loopback address, its Temporal frontend or web UI, its database: `subscription-url-platform`).
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a subscription */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /**
         * Delete a subscription
         * @description no further deliveries; its log stays
         */
        delete: operations["deleteSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/subscriptions/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause deliveries */
        post: operations["pauseSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/subscriptions/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume deliveries from where they stopped */
        post: operations["resumeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ext/v1/subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription’s delivery log
         * @description one row per attempt, newest first
         */
        get: operations["listSubscriptionDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description your department’s (clerks, supervisors); every department’s for the administrator (`departmentCode` to filter)
         */
        get: operations["listDepartmentSubscriptions"];
        put?: never;
        /**
         * Subscribe a webhook for a department
         * @description administrator only. Deliveries start with the events after the subscription (earlier ones are in the feed). Each delivery is a POST of one SharedEvent with headers `Zongjian-Event-Id` (dedupe on it: delivery is at least once), `Zongjian-Timestamp` (Unix seconds) and `Zongjian-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the secret>`; events in feed order, the next only once the previous was answered 2xx; a failed one is retried with exponential backoff, and after DELIVERY_ATTEMPTS (15) failures the subscription pauses and its department gets a task.
         */
        post: operations["createDepartmentSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a subscription */
        get: operations["getDepartmentSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription’s delivery log */
        get: operations["listDepartmentSubscriptionDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause deliveries
         * @description supervisors and clerks of the department, or the administrator
         */
        post: operations["pauseDepartmentSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume deliveries
         * @description supervisors and clerks of the department, or the administrator
         */
        post: operations["resumeDepartmentSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks (the inbox) */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count my open tasks for the menu */
        get: operations["countTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a task */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the process timeline of a task */
        get: operations["getTaskTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a task offered to my department */
        post: operations["claimTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a task with an outcome */
        post: operations["completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reassign a task (supervisor), saying why */
        post: operations["reassignTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/bulk-claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim several tasks offered to my department
         * @description Each task is claimed as by POST /tasks/{id}/claim, a few at a time; the answer says per task whether it was claimed or refused (with the code the one-task call would answer).
         */
        post: operations["bulkClaimTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/bulk-reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign several tasks to one person (supervisor), saying why
         * @description Each task is reassigned as by POST /tasks/{id}/reassign, a few at a time; the answer says per task whether it was reassigned or refused.
         */
        post: operations["bulkReassignTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description users of your department (admins and the district office: any department); the administrator also the deactivated ones (`status`)
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description administrator only. 409 username-taken; 400 unknown-role, unknown-department, unknown-region; 422 weak-password, inspector-credential-required. Nothing is stored when refused.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description administrator only
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user’s display name, department, roles or inspector details
         * @description administrator only; takes effect at the user’s next request. An administrator cannot take the admin role from themself (422 own-admin-role).
         */
        patch: operations["changeUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user
         * @description administrator only; idempotent. The user can no longer log in and their sessions end at once. Their open tasks stay assigned to them in their department’s lists, where the supervisor sees them and reassigns them (no task can be reassigned to a deactivated user). Not yourself (422 own-account).
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a user
         * @description administrator only; idempotent; the user logs in again with their password.
         */
        post: operations["reactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List declared conflicts of interest (利益冲突)
         * @description an inspector: their own; a supervisor: their department’s inspectors, experts and third-party bodies; the administrator, leaders and the district office: all. Newest first.
         */
        get: operations["listConflicts"];
        put?: never;
        /**
         * Declare a conflict of interest
         * @description an inspector for themself (403 conflict-own-only for anyone else); a supervisor for an inspector, expert or third-party body of their department. 404 conflict-party-not-found; 422 unknown-entity; 409 conflict-already-declared while one is declared or confirmed for the pair (one row, the unique key). A lifted one is reopened. Audited (conflict.declared).
         */
        post: operations["declareConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conflicts/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a declared conflict
         * @description a supervisor of the party’s department, the district office or the administrator (403 resource-other-department); not the one who declared it (422 own-conflict-decision). 409 conflict-not-declared when confirmed or lifted already. Audited (conflict.confirmed).
         */
        post: operations["confirmConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conflicts/{id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a conflict
         * @description a supervisor of the party’s department, the district office or the administrator (403 resource-other-department), with a reason. 409 conflict-already-lifted. From then on the party may be drawn for the entity. Audited (conflict.lifted).
         */
        post: operations["liftConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the numbers behind a dashboard chart (F9)
         * @description `entities` (a snapshot of the register by entity type, industry section, town/street, status and risk class; district-wide; from tallies a Schedule counts every REGISTER_TALLY_MINUTES, `asOf` saying when, as are the coverage denominators of `spotChecks` and the active entities of `hotSpots`), `registrations` (establishments by `establishedOn`, changes and deregistrations by event time, per month), `dualNotification` (per department: notices pushed, receipts and license decisions and their on-time rates, overdue now; results), `spotChecks` (per department: plans overlapping the period, random inspections due in it, completed, non-compliant; results; coverage of each risk class in `to`’s year; non-compliance by industry section and by check item), `cases` (per department and month: cases filed, decided and closed, open now; penalties by kind from case decisions and from collected penalty records, fines in yuan), `credit` (entries listed, delisted and active per credit list; screenings, restrictions found and measures in force per scenario; each department’s punishment feedback, the feedback board’s numbers), `warnings` (raised, handled, handled on time, open and overdue now, by level, rule and department), `hotSpots` (town/street × industry section: active entities, completed inspections and problems found with the rate per inspection, warnings and listings in the period with their rates per 1,000 active entities). Roles: leader, admin, supervisor.
         */
        get: operations["getStatistic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inspectors with their fields, region and status
         * @description active users with the inspector role and a credential number; by name
         */
        get: operations["listInspectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspectors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an inspector */
        get: operations["getInspector"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspectors/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set an inspector’s fields of competence, status and region
         * @description a supervisor of the inspector’s department, the district office or the administrator (403 resource-other-department); 404 inspector-not-found; 400 unknown-region. Audited (inspector.profile); nothing stored when refused.
         */
        put: operations["setInspectorProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the distribution of supervision resources (监管资源分布)
         * @description sections `byDepartment` (inspectors, on duty, experts, third parties, entities supervised, entities per inspector on duty), `byRegion`, `byField`, `byStatus`; district-wide. Roles: leader, admin, supervisor.
         */
        get: operations["getResourceDistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-item-expertise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the check items that need an expert or a third-party body */
        get: operations["listCheckItemExpertise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-items/{code}/expertise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Say a check item needs an expert or a third-party body of a field
         * @description a supervisor of the item’s department, the district office or the administrator (403 resource-other-department); 404 check-item-not-found. Audited; plans approved afterwards draw by it, earlier draws keep theirs.
         */
        put: operations["setCheckItemExpertise"];
        post?: never;
        /**
         * Say a check item needs no outside expertise
         * @description a supervisor of the item’s department, the district office or the administrator (403 resource-other-department); 404 check-item-not-found. Audited; plans approved afterwards draw by it, earlier draws keep theirs. Idempotent.
         */
        delete: operations["clearCheckItemExpertise"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the expert pool (专家库) */
        get: operations["listExperts"];
        put?: never;
        /**
         * Add an expert to the pool
         * @description a supervisor of the keeping department, the district office or the administrator (403 resource-other-department). 409 expert-exists (the same name and phone number); 400 unknown-department. Audited (expert.created).
         */
        post: operations["createExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an expert */
        get: operations["getExpert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an expert’s name, employer, fields or phone
         * @description a supervisor of the keeping department, the district office or the administrator (403 resource-other-department). 409 expert-exists. Audited (expert.changed).
         */
        patch: operations["changeExpert"];
        trace?: never;
    };
    "/api/v1/experts/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an expert out of the pool
         * @description a supervisor of the keeping department, the district office or the administrator (403 resource-other-department); idempotent. A draw committed afterwards no longer draws them. Audited (expert.deactivated).
         */
        post: operations["deactivateExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put an expert back into the pool
         * @description a supervisor of the keeping department, the district office or the administrator (403 resource-other-department); idempotent. Audited (expert.reactivated).
         */
        post: operations["reactivateExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/third-parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List third-party bodies (第三方机构) */
        get: operations["listThirdParties"];
        put?: never;
        /**
         * Add a third-party body
         * @description a supervisor of the keeping department, the district office or the administrator (403 resource-other-department). 422 invalid-credit-code; 409 third-party-exists (the credit code is known); 400 unknown-department. Audited (thirdParty.created).
         */
        post: operations["createThirdParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/third-parties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a third-party body */
        get: operations["getThirdParty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a third-party body’s name, fields or qualification
         * @description a supervisor of the keeping department, the district office or the administrator (403 resource-other-department); the credit code never changes. Audited (thirdParty.changed).
         */
        patch: operations["changeThirdParty"];
        trace?: never;
    };
    "/api/v1/third-parties/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop using a third-party body
         * @description a supervisor of the keeping department, the district office or the administrator (403 resource-other-department); idempotent. Audited (thirdParty.deactivated).
         */
        post: operations["deactivateThirdParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/third-parties/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Use a third-party body again
         * @description a supervisor of the keeping department, the district office or the administrator (403 resource-other-department); idempotent. Audited (thirdParty.reactivated).
         */
        post: operations["reactivateThirdParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description administrator only; newest first; the secret is never shown (the last use is not recorded)
         */
        get: operations["listApiKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description administrator only; idempotent (a revoked key keeps its first revocation time); the key is refused (401) on /api/ext from the next request
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The credit-risk model in force (F14) */
        get: operations["getRiskModel"];
        /** Set a new version of the credit-risk model (administrator, district office); the register is scored with it at once */
        put: operations["setRiskModel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogs/{catalog}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the items of a catalog (职能清单)
         * @description Filters `department`, `status` (current, retired), `q` (code or name). A department sees its own items; administrators, leaders and the district office every department’s.
         */
        get: operations["listCatalogItems"];
        put?: never;
        /**
         * Add an item (version 1)
         * @description Administrators and the district office (403 `catalog-district-only`). 409 `catalog-item-exists` when the code (or a license item’s name) is taken; 422 `unknown-department`. A check item needs `method` and `kind`.
         */
        post: operations["createCatalogItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogs/{catalog}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item and every version of it, newest first */
        get: operations["getCatalogItem"];
        /**
         * Change an item: a new version
         * @description `version` is the version the change was made from: when another change came first the answer is 409 `catalog-item-changed` and nothing is stored. A retired item is not changed (409 `catalog-item-retired`). Processes already running keep the version they recorded.
         */
        put: operations["changeCatalogItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogs/{catalog}/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire an item from a date
         * @description `effectiveTo` is the first day it no longer applies (default today); `reason` is required. 409 `catalog-item-retired` when it is already.
         */
        post: operations["retireCatalogItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogs/{catalog}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import items from a workbook
         * @description Multipart form with `file` (.xlsx or CSV, at most 2000 rows) whose columns are the list’s export columns (事项编码, 事项名称, 实施部门 as a name or code, 设定依据, 生效日期; 检查方式 and 事项类别 重点/一般 for check items; 到期预警天数 for license items). A new code is added, a known one gets a new version when anything differs. Every row is validated first: any error answers 422 `catalog-import-invalid` with `errors` [{ field: "<row>:<column>", message, code }] and stores nothing.
         */
        post: operations["importCatalogItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the process is up */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the database and Temporal are reachable */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the Prometheus metrics */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description ends in the stable problem code (e.g. …/problems/own-plan-approval) a caller acts on and the admin UI translates; without a specific code, the status (…/problems/forbidden) */
            type: string;
            title: string;
            status: number;
            /** @description English, for logs and integrators; people read the translation of `type` */
            detail: string;
            /** @description the values the problem names (a count, a date, a name), for the translation */
            params?: {
                [key: string]: string | number;
            };
            errors?: {
                field: string;
                message: string;
                /** @description the rule the value broke: zod issue codes (too_small, invalid_type, …) or invalid-character, date-out-of-range */
                code?: string;
                params?: {
                    [key: string]: string | number;
                };
            }[];
            instance?: string;
            requestId?: string;
        };
        /** @enum {string} */
        ListFormat: "json" | "xlsx";
        AuditEntry: {
            /** @description the entry’s place in the chain */
            id: number;
            /** @description ISO 8601 */
            at: string;
            /** @enum {string} */
            actorType: "user" | "system" | "workflow" | "operator";
            actor: {
                /** @description the login, system or workflow id as recorded */
                id: string;
                /** @description a person’s display name; otherwise the id */
                name: string;
                department: {
                    code: string;
                    name: string;
                } | null;
            };
            action: string;
            target: {
                type: string;
                id: string;
                /** @description what a person recognises: an entity’s name, a user’s name, a task’s or plan’s title */
                label: string | null;
            };
            detail: {
                [key: string]: unknown;
            };
            /** @description the name of each department code and login the detail holds */
            names: {
                [key: string]: string;
            };
            hash: string;
            prevHash: string;
        };
        AuditVerification: {
            intact: boolean;
            /** @description entries verified */
            checked: number;
            problemCount: number;
            /** @description the first broken entry */
            firstProblem: {
                /** @description the entry */
                id: number;
                /** @enum {string} */
                problem: "missing" | "hashMismatch" | "brokenLink" | "headMismatch" | "truncated";
                message: string;
            } | null;
            /** @description the first 100 problems */
            problems: {
                /** @description the entry */
                id: number;
                /** @enum {string} */
                problem: "missing" | "hashMismatch" | "brokenLink" | "headMismatch" | "truncated";
                message: string;
            }[];
            /** @description the checkpoints (the log’s end, kept in Temporal’s history) compared with the chain */
            checkpoints: {
                /** @enum {boolean} */
                compared: true;
                count: number;
                latestAt: string;
                latestLastId: number;
            } | {
                /** @enum {boolean} */
                compared: false;
                /** @enum {string} */
                code: "no-checkpoint-yet" | "no-checkpoint-schedule" | "temporal-unreachable";
                reason: string;
            };
            /** @description the result in one English sentence; the UI words it in the user’s language */
            summary: string;
        };
        Department: {
            code: string;
            name: string;
            /** @enum {string} */
            kind: "bureau" | "district" | "court";
        };
        Region: {
            code: string;
            name: string;
        };
        LicenseItem: {
            code: string;
            name: string;
            departmentCode: string;
            legalBasis: string;
        };
        /** @description the event was accepted; the process runs on */
        Accepted: {
            eventId: string;
            workflowId: string;
            status: string;
        };
        LicenseDecisionEvent: {
            eventId: string;
            creditCode: string;
            /** @description department code or exact name */
            department: string;
            /** @description license item name or code */
            licenseItem: string;
            /** @enum {string} */
            decision: "issued" | "refused" | "not_applied" | "not_required";
            licenseNo?: string;
            /** Format: date */
            validFrom?: string;
            /** Format: date */
            validTo?: string;
            /** Format: date-time */
            decidedAt: string;
        };
        RegistrationEvent: {
            eventId: string;
            /** @enum {string} */
            action: "establish" | "change" | "deregister";
            /** Format: date-time */
            occurredAt: string;
            entity: {
                creditCode: string;
                name: string;
                entityType?: string;
                industryCode?: string;
                regionCode?: string;
                address?: string;
                legalRepresentative?: string;
                businessScope?: string;
                registrationAuthority?: string;
                /** Format: date */
                establishedOn?: string;
            };
        };
        /** @description 告知书: which licenses the scope needs, from which department, on which legal basis */
        ApplicantNotice: {
            eventId: string;
            creditCode: string;
            entityName: string;
            licenses: {
                licenseItem: string;
                department: {
                    code: string;
                    name: string;
                };
                legalBasis: string;
                scopeItems: string[];
            }[];
            pendingDepartment: {
                scopeItem: string;
                candidateDepartments: {
                    code: string;
                    name: string;
                }[];
            }[];
            unmatchedScopeItems: string[];
            generalScopeItems: string[];
            undertaking: string;
        };
        InspectionPlanInput: {
            title: string;
            checkItemCodes: string[];
            /**
             * @description joint check (部门联合抽查): other departments whose items and inspectors join
             * @default []
             */
            jointDepartmentCodes: string[];
            /** Format: date */
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            /** @default {} */
            entityFilter: {
                regionCodes?: string[];
                industryPrefixes?: string[];
                entityTypes?: string[];
                licenseItemCodes?: string[];
                riskClasses?: ("A" | "B" | "C" | "D")[];
                /** @description only entities on one of these credit lists */
                listTypes?: ("dishonestDebtor" | "abnormalOperationList" | "seriousViolationList" | "majorTaxViolator")[];
            };
            /** @description `all`, or one per credit-risk class A–D with its ratio or count */
            strata: {
                key: string;
                ratio?: number;
                count?: number;
            }[];
            /** @default {} */
            inspectorFilter: {
                departmentCodes?: string[];
                regionCodes?: string[];
            };
            /** @default 2 */
            teamSize: number;
            /**
             * @default planning
             * @enum {string}
             */
            drawMode: "planning" | "split" | "receiving";
            receivingDepartmentCode?: string;
        };
        CaseExtensionRequestInput: {
            /** @description why the open step needs more time */
            reason: string;
        };
        CaseExtensionApprovalInput: {
            comment?: string;
        };
        RoutineInspectionInput: {
            creditCode: string;
            checkItemCodes: string[];
            /** @description usernames of inspectors of your department, yourself included */
            team: string[];
            /**
             * Format: date
             * @description default: 14 days from now
             */
            dueOn?: string;
        };
        InspectionResultInput: {
            results: {
                checkItemCode: string;
                /** @enum {string} */
                result: "compliant" | "non_compliant" | "not_applicable";
                finding?: string;
            }[];
            /** @enum {string} */
            outcome: "no_problem" | "rectified_on_spot" | "problem_found" | "suspected_violation" | "not_found_at_address" | "closed_down";
            finding?: string;
            /**
             * Format: date-time
             * @description when the team was on site (ISO 8601 with an offset): not in the future, not before the day the inspection was drawn from its plan (or, routine, started); the admin UI always sends it
             */
            onSiteAt?: string;
            /** @description where the team was on site (an address) */
            onSitePlace?: string;
        };
        Evidence: {
            id: number;
            inspectionId: number;
            fileName: string;
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "application/pdf";
            /** @description bytes */
            size: number;
            /** @description hex SHA-256 of the content, computed on upload */
            sha256: string;
            uploadedBy: {
                username: string;
                displayName: string;
            };
            /** @description ISO 8601 */
            uploadedAt: string;
        };
        EntitySummary: {
            creditCode: string;
            name: string;
            entityType: string;
            industryCode: string;
            regionCode: string;
            address: string;
            status: string;
            riskClass: string;
            /** @description the list types of its active credit listings */
            listTypes: ("dishonestDebtor" | "abnormalOperationList" | "seriousViolationList" | "majorTaxViolator")[];
        };
        EfficiencyRow: {
            id: string;
            /** @description the task's department; by person, the person's own department */
            department: {
                code: string;
                name: string;
            } | null;
            /** @description by person: who holds the tasks; null for tasks nobody holds yet, and by department */
            person: {
                username: string;
                displayName: string;
                department: {
                    code: string;
                    name: string;
                };
            } | null;
            /** @enum {string} */
            taskType: "claim" | "receipt" | "licenseDecision" | "unlicensedOperationCheck" | "planApproval" | "draw" | "inspection" | "caseFiling" | "caseDecision" | "punishmentNotice" | "punishmentLifting" | "screeningFeedback" | "warningHandling" | "subscriptionPaused" | "importMatchConfirmation";
            /** @description tasks created in the period, whatever became of them */
            received: number;
            completed: number;
            /** @description completed by their due time */
            onTime: number;
            /** @description completed after their due time */
            overdue: number;
            /** @description open (or claimed) and past their due time now */
            openOverdue: number;
            /** @description escalation level above 0 (to the department supervisor, or the district) */
            escalated: number;
            /** @description median handling time of the completed ones: working days after the day created up to the day completed (official calendar with the district overrides); the mean of the middle two of an even count; null when none completed */
            medianWorkingDays: number | null;
            /** @description 90th percentile (nearest rank) of the same */
            p90WorkingDays: number | null;
        };
        EfficiencyTrendRow: {
            /** @description the week’s Monday (YYYY-MM-DD) or the month (YYYY-MM) */
            id: string;
            /** @description the week or month in words (3月2日–3月8日, 2026年3月) */
            label: string;
            /** @description tasks created in the week or month */
            received: number;
            completed: number;
            onTime: number;
            /** @description completed after their due time */
            overdue: number;
            /** @description on time of completed, in percent with one decimal; null when none completed */
            onTimeRate: number | null;
            medianWorkingDays: number | null;
            p90WorkingDays: number | null;
        };
        EfficiencyForecast: {
            /**
             * Format: date-time
             * @description the instant the forecast counts from
             */
            now: string;
            /** @description the end of each horizon: the task list with status=open,claimed&dueFrom=now&dueBefore=(horizon + 1 ms) holds its tasks */
            horizons: {
                /** Format: date-time */
                1: string;
                /** Format: date-time */
                3: string;
                /** Format: date-time */
                5: string;
            };
            data: components["schemas"]["ForecastRow"][];
            total: number;
        };
        ForecastRow: {
            id: string;
            /** @description the task's department; by person, the person's own department */
            department: {
                code: string;
                name: string;
            } | null;
            /** @description by person: who holds the tasks; null for tasks nobody holds yet, and by department */
            person: {
                username: string;
                displayName: string;
                department: {
                    code: string;
                    name: string;
                };
            } | null;
            /** @description open tasks not overdue yet that are due by the end of the next working day */
            within1: number;
            /** @description … by the end of the 3rd working day from today (includes within1) */
            within3: number;
            /** @description … by the end of the 5th working day from today (includes within3) */
            within5: number;
        };
        EligibilityCheck: {
            id: number;
            /** @description the policy’s code */
            policy: string;
            policyName: string;
            /** @enum {string} */
            scenario: "government_procurement" | "public_bidding" | "land_transfer" | "subsidy" | "bond_issuance" | "honors" | "legal_representative" | "high_consumption" | "market_access";
            /** @description the person, by name */
            checkedBy: string;
            /** @description the department that ran it, by name */
            department: string;
            /** @description ISO 8601 instant */
            checkedAt: string;
            fileName: string;
            /** @description of the uploaded file */
            sha256: string;
            total: number;
            found: number;
            eligible: number;
            /** @description rows restricted by joint-punishment measures: each counted as a screening with its feedback task */
            restricted: number;
            rows: components["schemas"]["EligibilityCheckRow"][];
        };
        EligibilityCheckRow: {
            /** @description the row in the uploaded file (the header is row 1) */
            row: number;
            /** @description as found (or as listed when not found) */
            creditCode: string | null;
            name: string | null;
            found: boolean;
            /** @enum {string|null} */
            status: "active" | "deregistered" | null;
            eligible: boolean;
            /** @description why not eligible; empty when eligible */
            reasons: {
                /** @enum {string} */
                kind: "notFound" | "ambiguousName" | "invalidCreditCode" | "deregistered" | "restricted" | "seriousViolation" | "abnormalOperation" | "penalty" | "openCase";
                /** @description the facts behind it: document numbers, authorities, dates (Chinese, as the register writes them); empty when the kind says all (deregistered) */
                detail: string;
            }[];
        };
        EligibilityCheckSummary: {
            id: number;
            /** @description the policy’s code */
            policy: string;
            policyName: string;
            /** @enum {string} */
            scenario: "government_procurement" | "public_bidding" | "land_transfer" | "subsidy" | "bond_issuance" | "honors" | "legal_representative" | "high_consumption" | "market_access";
            /** @description the person, by name */
            checkedBy: string;
            /** @description the department that ran it, by name */
            department: string;
            /** @description ISO 8601 instant */
            checkedAt: string;
            fileName: string;
            /** @description of the uploaded file */
            sha256: string;
            total: number;
            found: number;
            eligible: number;
            /** @description rows restricted by joint-punishment measures: each counted as a screening with its feedback task */
            restricted: number;
        };
        EligibilityPolicy: {
            name: string;
            /**
             * @description the screening scenario whose joint-punishment measures apply
             * @enum {string}
             */
            scenario: "government_procurement" | "public_bidding" | "land_transfer" | "subsidy" | "bond_issuance" | "honors" | "legal_representative" | "high_consumption" | "market_access";
            criteria: components["schemas"]["EligibilityCriteria"];
            /**
             * @description an inactive policy cannot be checked against
             * @default true
             */
            active: boolean;
            id: string;
            code: string;
        };
        EligibilityCriteria: {
            /** @description a deregistered entity is not eligible */
            requireActive: boolean;
            /** @description joint-punishment measures of the policy’s scenario restrict (the screening’s answer; a restricted row counts as a screening) */
            restricted: boolean;
            /** @description listed on the serious violation list (严重违法失信名单) */
            seriousViolation: boolean;
            /** @description listed on the abnormal operation list (经营异常名录) */
            abnormalOperation: boolean;
            /** @description penalties decided within this many months count; null: penalties not checked */
            penaltyWindowMonths: number | null;
            /** @description whether a penalty that is a warning (警告) alone counts */
            warningOnlyCounts: boolean;
            /** @description a filed case not yet decided (在办案件) */
            openCases: boolean;
        };
        ImportStarted: {
            importId: number;
            workflowId: string;
            /** @enum {string} */
            status: "validating" | "needsReview" | "importing" | "done" | "failed" | "cancelled";
        };
        Import: {
            id: number;
            /** @enum {string} */
            kind: "license" | "penalty" | "inspection" | "judicial_assistance" | "complaint";
            fileName: string;
            /** @enum {string} */
            format: "xlsx" | "csv";
            /** @description bytes */
            size: number;
            /**
             * @description validating → needsReview (rows refused: confirm or cancel) → importing → done; failed when no row can be imported; cancelled
             * @enum {string}
             */
            status: "validating" | "needsReview" | "importing" | "done" | "failed" | "cancelled";
            /** @description data rows in the file; while validating, the rows read so far */
            rowsTotal: number;
            /** @description rows that will be (or were) imported; the progress bar is rowsDone of rowsValid */
            rowsValid: number;
            /** @description rows with at least one error: never imported */
            rowsRejected: number;
            /** @description rows naming an entity by a name several entities share: each waits for an importMatchConfirmation task of the department */
            rowsAmbiguous: number;
            /** @description valid rows stored so far */
            rowsDone: number;
            /** @description rows stored as new records */
            stored: number;
            /** @description rows whose natural key was known: the record updated */
            merged: number;
            /** @description estimated, at the pace so far, while importing */
            secondsLeft: number | null;
            /** @description in row order; the first 1000 (the list endpoint has them all) */
            errors: components["schemas"]["ImportRowError"][];
            errorsTotal: number;
            /** @description why the import failed as a whole: import-nothing-valid, or the file refused by validation (merged-cells, formula-cell, too-many-rows, or another spreadsheet code) */
            failure: {
                code: string;
                message: string;
                params?: {
                    [key: string]: string | number;
                };
            } | null;
            department: {
                code: string;
                name: string;
            };
            uploadedBy: {
                username: string;
                displayName: string;
            };
            workflowId: string;
            /** @description ISO 8601 */
            createdAt: string;
            importingSince: string | null;
            finishedAt: string | null;
        };
        ImportRowError: {
            /** @description the row as the spreadsheet shows it (the header is row 1) */
            row: number;
            /** @description the column by its header in the file (Chinese as in the template) */
            column: string;
            /** @description English, for logs and integrators; the UI translates `code` */
            message: string;
            /** @description stable code: a field rule (too_small, invalid_format, invalid-character…) or entity-unmatched, entity-ambiguous, unknown-department, invalid-credit-code, entity-required, record-other-department */
            code: string;
            params?: {
                [key: string]: string | number;
            };
        };
        EntityDossier: {
            /** @description register data (登记信息); `legalRepresentative` and a personal `name` masked by role */
            entity: {
                [key: string]: unknown;
            };
            /** @description register history: establish, change, deregister events, newest first */
            registrations: {
                [key: string]: unknown;
            }[];
            /** @description licenses with `state`: valid, expiring (within the item’s warning window, else 60 days), expired, revoked (the entity was revoked or deregistered) */
            licenses: {
                [key: string]: unknown;
            }[];
            /** @description dual-notification notices (双告知) and their stage */
            notifications: {
                [key: string]: unknown;
            }[];
            /** @description spot checks and routine inspections with their results */
            inspections: {
                [key: string]: unknown;
            }[];
            cases: {
                [key: string]: unknown;
            }[];
            /** @description penalties decided in the cases */
            penalties: {
                [key: string]: unknown;
            }[];
            /** @description credit listings with their measures (active ones) and liftings (`endedOn`, `endReason`) */
            listings: {
                [key: string]: unknown;
            }[];
            warnings: {
                [key: string]: unknown;
            }[];
            /** @description collected records (归集) by kind, each with its items; `available: false` where collection is not set up */
            records: {
                available: boolean;
                byKind: {
                    [key: string]: unknown;
                }[];
            };
            openTasks: {
                total: number;
                /** @description every department: count and titles */
                byDepartment: {
                    [key: string]: unknown;
                }[];
                /** @description rows of your own department (all for district-wide roles), with workingDaysLeft and light */
                tasks: {
                    [key: string]: unknown;
                }[];
                tasksOfDepartment: string | null;
            };
            /** @description everything, newest first; `link` the admin UI page of the item */
            timeline: {
                at: string;
                kind: string;
                title: string;
                department: {
                    code: string;
                    name: string;
                } | null;
                link: {
                    resource: string;
                    id: string;
                } | null;
            }[];
            risk: components["schemas"]["EntityRisk"];
            /** @description what was masked for you */
            masking: {
                names: boolean;
                phoneNumbers: boolean;
                idNumbers: boolean;
            };
            /** @description rows each section has; a section holds its first 50 (collected records: of each kind, `count` all of the kind), the rest from GET /api/v1/entities/{creditCode}/sections/{section} */
            totals: {
                registrations: number;
                licenses: number;
                notifications: number;
                inspections: number;
                cases: number;
                penalties: number;
                listings: number;
                warnings: number;
                records: number;
                tasks: number;
                timeline: number;
            };
            /** @description rows of each section in the dossier (50) */
            pageSize: number;
        };
        EntityRisk: {
            /** @description the credit-risk class A–D the spot-check strata use */
            class: string;
            score: number;
            /** @description the facts that scored, most points first */
            factors: {
                /** @enum {string} */
                factor: "seriousViolation" | "abnormalOperation" | "otherListings" | "penalties" | "failedInspections" | "warnings" | "complaints" | "lapsedLicenses" | "newEntity";
                count: number;
                points: number;
            }[];
            /** @description the version of the district office's model that scored it */
            modelVersion: number;
            /** @description the date the facts were counted at (YYYY-MM-DD) */
            asOf: string;
        };
        DossierSectionPage: {
            /** @description rows as in the dossier’s section, newest first, masked alike (records: each with its `kind`) */
            data: {
                [key: string]: unknown;
            }[];
            total: number;
        };
        CreditListingInput: {
            /** @enum {string} */
            listType: "dishonestDebtor" | "abnormalOperationList" | "seriousViolationList" | "majorTaxViolator";
            creditCode: string;
            /** @description needed when the entity is not registered in the district */
            entityName?: string;
            reason: string;
            /** @description number of the listing decision (列入决定书文号) */
            documentNo: string;
            /** Format: date */
            listedOn: string;
            /**
             * Format: date
             * @description when the deciding authority set the end; otherwise the list type’s duration (RULES.md)
             */
            expiresOn?: string;
        };
        DelistInput: {
            /** @enum {string} */
            exitType: "creditRepair" | "removed";
            reason: string;
            /** Format: date */
            delistedOn?: string;
        };
        PunishmentMeasureInput: {
            code: string;
            name: string;
            listTypes: ("dishonestDebtor" | "abnormalOperationList" | "seriousViolationList" | "majorTaxViolator")[];
            /** @enum {string} */
            scenario: "government_procurement" | "public_bidding" | "land_transfer" | "subsidy" | "bond_issuance" | "honors" | "legal_representative" | "high_consumption" | "market_access";
            departmentCode: string;
            /** @description memorandum and article, e.g. 发改财金〔2016〕141号 第二条第（一）项 */
            legalBasis: string;
            /** @default true */
            active: boolean;
        };
        CreditListType: {
            /** @enum {string} */
            id: "dishonestDebtor" | "abnormalOperationList" | "seriousViolationList" | "majorTaxViolator";
            name: string;
            /** @description null: the department that imposed the penalty */
            enteredBy: {
                code: string;
                name: string;
            } | null;
            /** @description whether you may enter and end entries of this list */
            mayEnter: boolean;
        };
        CreditListingAnswer: {
            eventId: string;
            listingId: string;
            workflowId: string;
            /** @enum {string} */
            status: "listed" | "alreadyListed" | "repaired" | "removed" | "alreadyEnded";
            message: string;
            overlapping?: {
                listingId: string;
                listType: string;
                documentNo: string;
            }[];
        };
        CreditListingEvent: {
            /** @enum {string} */
            listType: "dishonestDebtor" | "abnormalOperationList" | "seriousViolationList" | "majorTaxViolator";
            creditCode: string;
            /** @description needed when the entity is not registered in the district */
            entityName?: string;
            reason: string;
            /** @description number of the listing decision (列入决定书文号) */
            documentNo: string;
            /** @description the deciding authority */
            authority: string;
            /** Format: date */
            listedOn: string;
            /**
             * Format: date
             * @description when the deciding authority set the end; otherwise the list type’s duration (RULES.md)
             */
            expiresOn?: string;
            eventId: string;
            /** @enum {string} */
            action: "list";
        } | {
            /** @enum {string} */
            listType: "dishonestDebtor" | "abnormalOperationList" | "seriousViolationList" | "majorTaxViolator";
            creditCode: string;
            /** @description number of the listing decision being ended */
            documentNo: string;
            /**
             * @description `creditRepair` (信用修复) or `removed` (cause ended, deleted by the authority)
             * @enum {string}
             */
            exitType: "creditRepair" | "removed";
            reason: string;
            /** Format: date */
            delistedOn: string;
            eventId: string;
            /** @enum {string} */
            action: "delist";
        };
        ScreeningAnswer: {
            screeningId: number;
            creditCode: string;
            /** @enum {string} */
            scenario: "government_procurement" | "public_bidding" | "land_transfer" | "subsidy" | "bond_issuance" | "honors" | "legal_representative" | "high_consumption" | "market_access";
            restricted: boolean;
            measures: {
                code: string;
                name: string;
                legalBasis: string;
                department: string;
                listTypes: string[];
            }[];
            listings: {
                listingId: string;
                listType: string;
                listTypeName: string;
                documentNo: string;
                authority: string;
                listedOn: string;
                expiresOn: string | null;
            }[];
            /** @description the asking department’s feedback task, when restricted */
            feedbackWorkflowId: string | null;
        };
        RecordsAnswer: {
            results: components["schemas"]["RecordResult"][];
            stored: number;
            merged: number;
            rejected: number;
        };
        RecordResult: {
            /** @description the item’s place in `items`, from 0 */
            index: number;
            /** @description the item’s key, null when it had none that is valid */
            key: string | null;
            /** @enum {string} */
            status: "stored" | "merged" | "rejected";
            /** @description why it was rejected: the field (within the item) and a stable code */
            errors?: {
                field: string;
                message: string;
                code?: string;
            }[];
        };
        RecordsPush: {
            /** @enum {string} */
            kind: "license" | "penalty" | "inspection" | "judicial_assistance" | "complaint";
            /** @description items of the one `kind` */
            items: (components["schemas"]["LicenseRecord"] | components["schemas"]["PenaltyRecord"] | components["schemas"]["InspectionRecord"] | components["schemas"]["JudicialAssistanceRecord"] | components["schemas"]["ComplaintRecord"])[];
        };
        LicenseRecord: {
            /** @description the natural key, unique per kind and department (a decision, license or document number) */
            key: string;
            creditCode?: string;
            /** @description when an old record has no credit code: matched on the normalised name */
            entityName?: string;
            /** @description department code or exact name: whose record it is */
            department: string;
            /** Format: date */
            occurredOn: string;
            licenseItem: string;
            licenseNo: string;
            /** Format: date */
            validFrom?: string;
            /** Format: date */
            validTo?: string;
        };
        PenaltyRecord: {
            /** @description the natural key, unique per kind and department (a decision, license or document number) */
            key: string;
            creditCode?: string;
            /** @description when an old record has no credit code: matched on the normalised name */
            entityName?: string;
            /** @description department code or exact name: whose record it is */
            department: string;
            /** Format: date */
            occurredOn: string;
            decisionNo: string;
            /** @description penalty item code or name */
            penaltyItem: string;
            legalBasis: string;
            penaltyKinds?: ("warning" | "fine" | "confiscation" | "suspension" | "revocation")[];
            /** @description yuan */
            fineAmount?: number;
            summary?: string;
        };
        InspectionRecord: {
            /** @description the natural key, unique per kind and department (a decision, license or document number) */
            key: string;
            creditCode?: string;
            /** @description when an old record has no credit code: matched on the normalised name */
            entityName?: string;
            /** @description department code or exact name: whose record it is */
            department: string;
            /** Format: date */
            occurredOn: string;
            checkItems: string[];
            result: string;
            findings?: string;
        };
        JudicialAssistanceRecord: {
            /** @description the natural key, unique per kind and department (a decision, license or document number) */
            key: string;
            creditCode?: string;
            /** @description when an old record has no credit code: matched on the normalised name */
            entityName?: string;
            /** @description department code or exact name: whose record it is */
            department: string;
            /** Format: date */
            occurredOn: string;
            court: string;
            documentNo: string;
            /** @description e.g. 股权冻结 */
            measure: string;
            /** @description personal data: masked when read */
            personName?: string;
            /** @description personal data: masked when read */
            personIdNo?: string;
            /** @description yuan */
            amount?: number;
        };
        ComplaintRecord: {
            /** @description the natural key, unique per kind and department (a decision, license or document number) */
            key: string;
            creditCode?: string;
            /** @description when an old record has no credit code: matched on the normalised name */
            entityName?: string;
            /** @description department code or exact name: whose record it is */
            department: string;
            /** Format: date */
            occurredOn: string;
            /** @description e.g. 12315, 12345 */
            channel: string;
            summary: string;
            outcome?: string;
            /** @description personal data: masked when read */
            complainantName?: string;
            /** @description personal data: masked when read */
            complainantIdNo?: string;
            /** @description personal data: masked when read */
            complainantPhone?: string;
        };
        RecordEntered: {
            /**
             * @description merged: the natural key (kind, department, key) was known, and the record is updated
             * @enum {string}
             */
            status: "stored" | "merged";
            record: components["schemas"]["CollectedRecord"];
        };
        CollectedRecord: {
            id: number;
            /** @enum {string} */
            kind: "license" | "penalty" | "inspection" | "judicial_assistance" | "complaint";
            /** @description the natural key: a decision, license or document number */
            key: string;
            entity: {
                creditCode: string;
                name: string;
            };
            /** @description whose record it is */
            department: {
                code: string;
                name: string;
            };
            /** @description YYYY-MM-DD */
            occurredOn: string;
            /** @description the kind’s own fields, without personal data (the dossier shows it, masked by role) */
            data: {
                [key: string]: unknown;
            };
            /** @description who sent or entered it */
            sourceDepartment: {
                code: string;
                name: string;
            };
            createdAt: string;
            updatedAt: string;
        };
        RecordEntry: ({
            /** @enum {string} */
            kind: "license";
        } & components["schemas"]["LicenseRecord"]) | ({
            /** @enum {string} */
            kind: "penalty";
        } & components["schemas"]["PenaltyRecord"]) | ({
            /** @enum {string} */
            kind: "inspection";
        } & components["schemas"]["InspectionRecord"]) | ({
            /** @enum {string} */
            kind: "judicial_assistance";
        } & components["schemas"]["JudicialAssistanceRecord"]) | ({
            /** @enum {string} */
            kind: "complaint";
        } & components["schemas"]["ComplaintRecord"]);
        ManualWarningInput: {
            creditCode: string;
            /** @enum {string} */
            level: "red" | "orange" | "yellow" | "blue";
            subject: string;
            reason: string;
            /** @description responsible department; your own by default */
            departmentCode?: string;
        };
        WarningRuleInput: {
            enabled: boolean;
            thresholdDays: number | null;
            /** @enum {string} */
            level: "red" | "orange" | "yellow" | "blue";
            departmentCode: string | null;
        };
        WarningScanInput: {
            rules?: ("licenseExpiring" | "deregisteredWithLicenses" | "abnormalOperationListed" | "caseFiled" | "taskOverdue")[];
            creditCode?: string;
        };
        StuckProcess: {
            /** @description the run and its failing step */
            id: string;
            workflowId: string;
            runId: string;
            /** @description workflow type, e.g. dualNotification; the UI shows its name */
            process: string;
            /**
             * @description failed: the run ended with a failure (a DataError: a step failed on its data); retrying: its current step has been failing for longer than STUCK_PROCESS_MINUTES
             * @enum {string}
             */
            state: "failed" | "retrying";
            /** @description the market entity the process is about, when its input names one */
            entity: {
                creditCode: string;
                name: string | null;
            } | null;
            /**
             * Format: date-time
             * @description when the run failed, or when the failing step was first scheduled
             */
            since: string;
            attempts: number | null;
            /** @description the activity that failed or keeps failing */
            step: string | null;
            errorType: string | null;
            /** @description the last failure message */
            error: string | null;
        };
        SessionUser: {
            id: number;
            username: string;
            displayName: string;
            department: {
                code: string;
                name: string;
                kind: string;
            };
            roles: string[];
        };
        SharedEventFeed: {
            events: components["schemas"]["SharedEvent"][];
            /** @description pass as `after` to read on; also when `events` is empty */
            next: number;
        };
        SharedEvent: {
            /** @description the event’s place in the feed: the cursor */
            id: number;
            type: components["schemas"]["SharedEventType"];
            /** @description ISO 8601 */
            occurredAt: string;
            creditCode: string;
            /** @description what happened, by name: the entity’s name, the department, the license item, the list… */
            data: {
                [key: string]: unknown;
            };
        };
        /** @enum {string} */
        SharedEventType: "entity.registered" | "entity.changed" | "entity.deregistered" | "license.issued" | "license.revoked" | "listing.listed" | "listing.delisted" | "case.filed" | "case.decided" | "inspection.published" | "warning.raised";
        CreatedSubscription: components["schemas"]["Subscription"] & {
            /** @description signs every delivery (Zongjian-Signature); shown only in this answer */
            secret: string;
        };
        Subscription: {
            id: string;
            department: {
                code: string;
                name: string;
            };
            /** @description who created it: the API key’s system, or `user:<username>` */
            system: string;
            url: string;
            types: components["schemas"]["SharedEventType"][];
            /** @enum {string} */
            status: "active" | "paused";
            pausedReason: string | null;
            pausedAt: string | null;
            /** @description the last event delivered */
            cursor: number;
            lastDeliveryAt: string | null;
            /** @enum {string|null} */
            lastDeliveryStatus: "sent" | "retrying" | "failed" | null;
            createdAt: string;
        };
        SubscriptionInput: {
            /** @description http(s) URL receiving a POST per event; not the platform itself */
            url: string;
            types: components["schemas"]["SharedEventType"][];
        };
        Delivery: {
            id: number;
            eventId: number;
            eventType: components["schemas"]["SharedEventType"];
            attempt: number;
            /**
             * @description sent: answered 2xx; retrying: failed, tried again; failed: the last attempt failed and the subscription paused
             * @enum {string}
             */
            status: "sent" | "retrying" | "failed";
            statusCode: number | null;
            error: string | null;
            durationMs: number;
            /** @description the body as posted */
            payload: string;
            at: string;
        };
        AdminSubscriptionInput: components["schemas"]["SubscriptionInput"] & {
            /** @description whose subscription it is */
            departmentCode: string;
        };
        Task: {
            id: number;
            taskKey: string;
            /** @enum {string} */
            type: "claim" | "receipt" | "licenseDecision" | "unlicensedOperationCheck" | "planApproval" | "draw" | "inspection" | "caseFiling" | "caseDecision" | "punishmentNotice" | "punishmentLifting" | "screeningFeedback" | "warningHandling" | "subscriptionPaused" | "importMatchConfirmation";
            title: string;
            /** @enum {string} */
            status: "open" | "claimed" | "completed" | "cancelled";
            department: {
                code: string;
                name: string;
            } | null;
            candidateDepartments: {
                code: string;
                name: string;
            }[];
            assignee: {
                username: string;
                displayName: string;
            } | null;
            /** @description who holds the task, by display name */
            assigneeName: string | null;
            /** @description the assignee's department, by name */
            assigneeDepartmentName: string | null;
            /** @description null for a step about a plan */
            entity: {
                creditCode: string;
                name: string;
            } | null;
            /** Format: date-time */
            dueAt: string;
            overdue: boolean;
            /** @description open tasks: whole working days from today (Asia/Shanghai, official calendar with the district overrides) to the due day; 0 due today, negative overdue by that many; null once completed or cancelled */
            workingDaysLeft: number | null;
            /**
             * @description open tasks: red overdue, yellow within the due-soon working days of the task type (DUE_SOON_WORKING_DAYS), else green; null once completed or cancelled
             * @enum {string|null}
             */
            light: "green" | "yellow" | "red" | null;
            /** @description 0 none, 1 department supervisor, 2 district */
            escalationLevel: number;
            workflowId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            completedAt: string | null;
            outcome: string | null;
            comment: string | null;
            /** @description login of who completed the task (or the system that reported it) */
            completedBy: string | null;
            /** @description who completed the task, by display name */
            completedByName: string | null;
            completedByDepartmentName: string | null;
            allowedOutcomes: string[];
            data: {
                [key: string]: unknown;
            };
        };
        TaskCounts: {
            /** @description open tasks assigned to me (我的待办) */
            mine: number;
            /** @description open tasks nobody holds yet, offered to my department (待认领) */
            offered: number;
            /** @description open tasks past their deadline, within what I see (超期督办) */
            overdue: number;
            /** @description open tasks due within the due-soon working days of their type, within what I see (临期提醒) */
            dueSoon: number;
            /** @description the counts that reached 1,000 with more behind: each is 1000, to be read "more than" (counting stops there, as in the lists) */
            capped: ("mine" | "offered" | "overdue" | "dueSoon")[];
        };
        TimelineEntry: {
            at: string;
            step: string;
            /** @description login of who acted; absent for the process itself */
            actor?: string;
            /** @description who acted, by display name */
            actorName?: string;
            actorDepartmentName?: string;
            /** @description reassigned: login of who the task went to */
            assignee?: string;
            /** @description reassigned: who the task went to, by display name */
            assigneeName?: string;
            assigneeDepartmentName?: string;
            /** @description reassigned: why (absent on reassignments recorded before a reason was asked for) */
            reason?: string;
            /** @description escalated: to whom, 1 the department supervisor, 2 the district */
            escalationLevel?: number;
            detail?: string;
        };
        BulkResults: {
            data: {
                id: number;
                /** @enum {string} */
                status: "claimed" | "reassigned" | "refused";
                /** @description refused: the problem code the one-task action answers (e.g. claimed-by-other, task-already-completed) */
                code?: string;
                params?: {
                    [key: string]: string | number;
                };
            }[];
        };
        User: {
            id: number;
            username: string;
            displayName: string;
            department: {
                code: string;
                name: string;
            };
            roles: string[];
            /** @description inspectors: the law-enforcement credential number */
            credentialNo: string | null;
            /** @description inspectors: the town or street they work in */
            region: {
                code: string;
                name: string;
            } | null;
            active: boolean;
            createdAt: string;
        };
        UserInput: {
            /** @description the login name; lower case */
            username: string;
            displayName: string;
            departmentCode: string;
            roles: string[];
            /** @description required for inspectors */
            credentialNo?: string | null;
            /** @description required for inspectors */
            regionCode?: string | null;
            /** @description the initial password; absent: one is generated and answered once */
            password?: string;
        };
        UserChange: {
            displayName?: string;
            departmentCode?: string;
            roles?: string[];
            credentialNo?: string | null;
            regionCode?: string | null;
        };
        Conflict: {
            id: number;
            party: {
                /** @enum {string} */
                type: "inspector" | "expert" | "thirdParty";
                /** @description credential number, expert id or the third-party body’s credit code */
                key: string;
                name: string;
                department: {
                    code: string;
                    name: string;
                };
            };
            entity: {
                creditCode: string;
                name: string;
            };
            reason: string;
            /** @enum {string} */
            status: "declared" | "confirmed" | "lifted";
            declaredBy: {
                username: string;
                displayName: string;
            };
            declaredAt: string;
            decidedBy: {
                username: string;
                displayName: string;
            } | null;
            decidedAt: string | null;
            liftReason: string | null;
        };
        ConflictDeclaration: {
            /** @enum {string} */
            partyType: "inspector" | "expert" | "thirdParty";
            /** @description the inspector’s credential number, the expert’s id or the third-party body’s unified social credit code; an inspector declaring for themself leaves it out */
            partyKey?: string;
            creditCode: string;
            reason: string;
        };
        ConflictLifting: {
            reason: string;
        };
        Statistic: {
            /** @enum {string} */
            name: "entities" | "registrations" | "dualNotification" | "spotChecks" | "cases" | "credit" | "warnings" | "hotSpots";
            from: string;
            to: string;
            department: {
                code: string;
                name: string;
            } | null;
            sections: components["schemas"]["StatisticSection"][];
        };
        StatisticSection: {
            key: string;
            /** @description Chinese title */
            title: string;
            /** @enum {string} */
            chart: "bar" | "pie" | "line" | "heatmap";
            columns: components["schemas"]["StatisticColumn"][];
            rows: ({
                /** @description the code the row stands for (drill-down value) */
                id: string;
                /** @description its name in words */
                label: string;
            } & {
                [key: string]: string | number | null;
            })[];
            /** @description the list a click on a row opens, filtered by `filter` = row id (or the row’s `key` field); a month row carries its own first and last day as `from` and `to` */
            drill?: {
                /** @enum {string} */
                resource: "entities" | "cases" | "credit-listings" | "warnings" | "inspections" | "efficiency-tasks";
                /** @enum {string} */
                filter: "region" | "industry" | "status" | "riskClass" | "department" | "listType" | "level" | "ruleCode" | "departmentCode" | "outcome" | "kind" | "type" | "establishedFrom" | "establishedTo" | "filedFrom" | "filedTo" | "decidedFrom" | "decidedTo" | "penaltyKind" | "nonCompliantItem" | "createdFrom" | "createdTo" | "raisedFrom" | "raisedTo" | "listedFrom" | "listedTo";
                /** @description the row field holding the value (default `id`) */
                key?: string;
                /** @description further filters, each = the row’s field `key` */
                also?: {
                    /** @enum {string} */
                    filter: "region" | "industry" | "status" | "riskClass" | "department" | "listType" | "level" | "ruleCode" | "departmentCode" | "outcome" | "kind" | "type" | "establishedFrom" | "establishedTo" | "filedFrom" | "filedTo" | "decidedFrom" | "decidedTo" | "penaltyKind" | "nonCompliantItem" | "createdFrom" | "createdTo" | "raisedFrom" | "raisedTo" | "listedFrom" | "listedTo";
                    key: string;
                }[];
                /** @description filters that hold for every row, as given */
                fixed?: {
                    region?: string;
                    industry?: string;
                    status?: string;
                    riskClass?: string;
                    department?: string;
                    listType?: string;
                    level?: string;
                    ruleCode?: string;
                    departmentCode?: string;
                    outcome?: string;
                    kind?: string;
                    type?: string;
                    establishedFrom?: string;
                    establishedTo?: string;
                    filedFrom?: string;
                    filedTo?: string;
                    decidedFrom?: string;
                    decidedTo?: string;
                    penaltyKind?: string;
                    nonCompliantItem?: string;
                    createdFrom?: string;
                    createdTo?: string;
                    raisedFrom?: string;
                    raisedTo?: string;
                    listedFrom?: string;
                    listedTo?: string;
                };
                /** @description the list’s filters that take the statistic’s `from` and `to` */
                period?: {
                    from: string;
                    to: string;
                };
                /** @description the column whose number the list holds, when a row has several (a month’s `registrations`, not its changes) */
                column?: string;
            };
            /** @description heatmap: the row fields naming a cell’s column and row */
            axes?: {
                x: string;
                y: string;
            };
            /** @description counted from the register’s tallies (refreshed by a Schedule every REGISTER_TALLY_MINUTES): when they were counted, ISO time */
            asOf?: string;
            /** @description with `asOf`: how often the Schedule counts them (REGISTER_TALLY_MINUTES) */
            countedEveryMinutes?: number;
        };
        StatisticColumn: {
            key: string;
            title: string;
            /**
             * @description `amount`: yuan, in the table, not drawn
             * @enum {string}
             */
            type: "text" | "number" | "percent" | "amount";
        };
        Inspector: {
            /** @description the user id */
            id: number;
            username: string;
            displayName: string;
            department: {
                code: string;
                name: string;
            };
            credentialNo: string;
            region: {
                code: string;
                name: string;
            } | null;
            fields: ("food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology")[];
            /** @enum {string} */
            status: "onDuty" | "onLeave" | "transferred";
            /** @description when the profile was last changed; null before it was ever set */
            updatedAt: string | null;
        };
        InspectorProfileInput: {
            fields: ("food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology")[];
            /** @enum {string} */
            status: "onDuty" | "onLeave" | "transferred";
            /** @description the town or street the inspector works in; absent: unchanged */
            regionCode?: string;
        };
        ResourceDistribution: {
            sections: components["schemas"]["StatisticSection"][];
        };
        CheckItemExpertise: {
            checkItem: {
                code: string;
                name: string;
            };
            department: {
                code: string;
                name: string;
            };
            /**
             * @description a field of competence (domain/resources.ts FIELDS)
             * @enum {string}
             */
            field: "food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology";
            /** @enum {string} */
            need: "expert" | "thirdParty";
        };
        CheckItemExpertiseInput: {
            /**
             * @description a field of competence (domain/resources.ts FIELDS)
             * @enum {string}
             */
            field: "food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology";
            /** @enum {string} */
            need: "expert" | "thirdParty";
        };
        Expert: {
            id: number;
            name: string;
            employer: string;
            fields: ("food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology")[];
            phone: string;
            department: {
                code: string;
                name: string;
            };
            /** @enum {string} */
            status: "active" | "inactive";
            createdAt: string;
            updatedAt: string;
        };
        ExpertInput: {
            name: string;
            employer: string;
            fields: ("food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology")[];
            /** @description masked (138****1234) for those who do not manage the expert */
            phone: string;
            /** @description the keeping department; absent: yours (only the district office and the administrator name another) */
            departmentCode?: string;
        };
        ExpertChange: {
            name?: string;
            employer?: string;
            fields?: ("food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology")[];
            /** @description masked (138****1234) for those who do not manage the expert */
            phone?: string;
        };
        ThirdParty: {
            id: number;
            name: string;
            creditCode: string;
            fields: ("food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology")[];
            qualificationNo: string;
            validUntil: string;
            /** @description the qualification’s valid-until day has passed (Asia/Shanghai) */
            lapsed: boolean;
            department: {
                code: string;
                name: string;
            };
            /** @enum {string} */
            status: "active" | "inactive";
            createdAt: string;
            updatedAt: string;
        };
        ThirdPartyInput: {
            name: string;
            /** @description unified social credit code; one with a failing check character is refused (422 invalid-credit-code) */
            creditCode: string;
            fields: ("food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology")[];
            qualificationNo: string;
            /** Format: date */
            validUntil: string;
            /** @description the keeping department; absent: yours */
            departmentCode?: string;
        };
        ThirdPartyChange: {
            name?: string;
            fields?: ("food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology")[];
            qualificationNo?: string;
            /** Format: date */
            validUntil?: string;
        };
        ApiKey: {
            id: number;
            system: string;
            /** @description the key’s public part: zjk_<prefix>_…; the secret is never answered */
            prefix: string;
            scopes: string[];
            department: {
                code: string;
                name: string;
            } | null;
            createdAt: string;
            revokedAt: string | null;
        };
        RiskModel: components["schemas"]["RiskModelInput"] & {
            version: number;
        };
        RiskModelInput: {
            /** @description points for each occurrence of a fact */
            weights: {
                seriousViolation: number;
                abnormalOperation: number;
                otherListings: number;
                penalties: number;
                failedInspections: number;
                warnings: number;
                complaints: number;
                lapsedLicenses: number;
                newEntity: number;
            };
            /** @description occurrences of one fact counted at most */
            countCap: number;
            /** @description the lowest score of classes B, C and D; below B is A */
            thresholds: {
                B: number;
                C: number;
                D: number;
            };
            /** @description how far back penalties, failed checks, warnings, complaints and lapsed licenses count */
            windowMonths: number;
        };
        CatalogItem: {
            code: string;
            name: string;
            departmentCode: string;
            legalBasis: string;
            version: number;
            versionId: number;
            effectiveFrom: string;
            effectiveTo: string | null;
            /** @enum {string} */
            status: "current" | "retired";
        } & {
            [key: string]: unknown;
        };
        CatalogVersion: {
            id: number;
            code: string;
            version: number;
            name: string;
            departmentCode: string;
            legalBasis: string;
            details: {
                [key: string]: unknown;
            };
            effectiveFrom: string;
            effectiveTo: string | null;
            reason: string | null;
            createdBy: string;
            /** @description who made it, by name; null: the system (version 1 of a seeded or migrated item) */
            createdByName: string | null;
            createdAt: string;
            supersededAt: string | null;
        };
        CatalogItemInput: {
            code: string;
            name: string;
            /** @description the implementing department (code) */
            departmentCode: string;
            /** @description law and article, e.g. 《中华人民共和国食品安全法》第一百二十四条 */
            legalBasis: string;
            /**
             * Format: date
             * @description in force from (default: today)
             */
            effectiveFrom?: string;
            /** @description days before expiry the licenseExpiring warning fires; none: the rule’s threshold */
            expiryWarningDays?: number | null;
        } | {
            code: string;
            name: string;
            /** @description the implementing department (code) */
            departmentCode: string;
            /** @description law and article, e.g. 《中华人民共和国食品安全法》第一百二十四条 */
            legalBasis: string;
            /**
             * Format: date
             * @description in force from (default: today)
             */
            effectiveFrom?: string;
        } | {
            code: string;
            name: string;
            /** @description the implementing department (code) */
            departmentCode: string;
            /** @description law and article, e.g. 《中华人民共和国食品安全法》第一百二十四条 */
            legalBasis: string;
            /**
             * Format: date
             * @description in force from (default: today)
             */
            effectiveFrom?: string;
            /** @description e.g. 现场检查 */
            method: string;
            /** @enum {string} */
            kind: "key" | "general";
        };
        CatalogItemChange: {
            /** @description the version this change was made from */
            version: number;
            name: string;
            /** @description the implementing department (code) */
            departmentCode: string;
            /** @description law and article, e.g. 《中华人民共和国食品安全法》第一百二十四条 */
            legalBasis: string;
            /**
             * Format: date
             * @description in force from (default: today)
             */
            effectiveFrom?: string;
            /** @description days before expiry the licenseExpiring warning fires; none: the rule’s threshold */
            expiryWarningDays?: number | null;
            reason?: string;
        } | {
            /** @description the version this change was made from */
            version: number;
            name: string;
            /** @description the implementing department (code) */
            departmentCode: string;
            /** @description law and article, e.g. 《中华人民共和国食品安全法》第一百二十四条 */
            legalBasis: string;
            /**
             * Format: date
             * @description in force from (default: today)
             */
            effectiveFrom?: string;
            reason?: string;
        } | {
            /** @description the version this change was made from */
            version: number;
            name: string;
            /** @description the implementing department (code) */
            departmentCode: string;
            /** @description law and article, e.g. 《中华人民共和国食品安全法》第一百二十四条 */
            legalBasis: string;
            /**
             * Format: date
             * @description in force from (default: today)
             */
            effectiveFrom?: string;
            /** @description e.g. 现场检查 */
            method: string;
            /** @enum {string} */
            kind: "key" | "general";
            reason?: string;
        };
        CatalogRetirement: {
            /**
             * Format: date
             * @description the first day it no longer applies (default: today)
             */
            effectiveTo?: string;
            reason: string;
        };
        CatalogImportResult: {
            created: number;
            changed: number;
            unchanged: number;
        };
    };
    responses: never;
    parameters: {
        /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
        ListFormat: components["schemas"]["ListFormat"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAuditLog: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
                /** @description a login (or a system or workflow as recorded), or a fragment of a person’s name: every login whose display name holds it */
                actor?: string;
                /** @description an action code, e.g. `task.completed` */
                action?: string;
                /** @description e.g. `entity`, `task`, `plan`, `user` */
                targetType?: string;
                /** @description the target’s key as recorded: a credit code, a task id, a login */
                targetId?: string;
                /** @description first day, YYYY-MM-DD (Asia/Shanghai) */
                from?: string;
                /** @description last day, YYYY-MM-DD (Asia/Shanghai), included */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of entries; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntry"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: {
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every department; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Department"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the towns and streets of the district (NBS codes) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Region"][];
                        total: number;
                    };
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLicenseItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description license items and their competent departments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LicenseItem"][];
                        total: number;
                    };
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLicenseDecision: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LicenseDecisionEvent"];
            };
        };
        responses: {
            /** @description accepted (a repeated eventId returns the same answer) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRegistrationEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RegistrationEvent"];
            };
        };
        responses: {
            /** @description accepted (a repeated eventId returns the same answer) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegistrationNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the applicant’s notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantNotice"];
                };
            };
            /** @description still being prepared */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCheckItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the check items (监管事项清单) of every department */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewInspectionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InspectionPlanInput"];
            };
        };
        responses: {
            /** @description pool size per stratum, expected draws and inspectors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInspectionPlans: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                sort?: string;
                order?: "ASC" | "DESC" | "asc" | "desc";
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
                status?: string;
                /** @description title contains */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description plans of your department; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInspectionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InspectionPlanInput"];
            };
        };
        responses: {
            /** @description created; a supervisor approves it before the draw */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspectionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan, its commitments and its draw; `creator` and the drawn teams' `members` (by credential number) as people, by name and department; `experts`, the experts a `zj-draw-3` or `zj-draw-4` draw added to the teams, by id (name, employer); `thirdParties`, the third-party bodies a `zj-draw-4` draw assigned to the teams, by credit code (name); once the teams are drawn, `staffing`: drawn, staffed and unstaffed entities, the team size and, when some got no team, the most eligible inspectors any of them had and the joint departments without one (status `understaffed` when none got a team) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInspections: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description `plannedDate` (open ones first, then by the planned date `dueAt` in `order`), `dueAt`, `recordedAt`, `status` or `id` */
                sort?: string;
                order?: "ASC" | "DESC" | "asc" | "desc";
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
                planId?: string;
                status?: string;
                entity?: string;
                kind?: "random" | "routine";
                /** @description the recorded result */
                outcome?: "no_problem" | "rectified_on_spot" | "problem_found" | "suspected_violation" | "not_found_at_address" | "closed_down";
                /** @description the department the inspection is of (within what you see) */
                department?: string;
                /** @description planned on or after this day (Shanghai) */
                dueFrom?: string;
                /** @description planned on or before this day (Shanghai) */
                dueTo?: string;
                /** @description a check item code: only the inspections whose results hold it non-compliant (the statistic of non-compliance by check item) */
                nonCompliantItem?: string;
                /** @description an industry section letter (GB/T 4754 门类, e.g. F): only the inspections of entities whose industry code begins with it (the statistic of non-compliance by industry) */
                industry?: string;
                /** @description `me`: only the inspections whose team includes you (我的检查) */
                member?: "me";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description inspections of your department, of teams you are on, and the routine checks (日常监管) of entities your department has licensed (with member=me: only those of your teams), each with entityAddress, regionName, planTitle, workingDaysLeft and light; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one inspection; `checkItemVersions`: each check item’s catalog version when it started ({code, version, versionId}; null before schema step 022), which a later change of the item does not alter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                sort?: string;
                order?: "ASC" | "DESC" | "asc" | "desc";
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
                stage?: string;
                /** @description credit code */
                entity?: string;
                /** @description district-wide roles: one department’s cases (others always see their own) */
                department?: string;
                /** @description the decision (penalty, no_penalty, transferred) or, closed at filing, the filing’s (not_filed, transferred) */
                outcome?: "penalty" | "no_penalty" | "transferred" | "not_filed";
                /** @description decided with this kind of penalty */
                penaltyKind?: "warning" | "fine" | "confiscation" | "suspension" | "revocation";
                /** @description filed (立案) on or after this day (Shanghai) */
                filedFrom?: string;
                /** @description filed on or before this day (Shanghai) */
                filedTo?: string;
                /** @description decided on or after this day (Shanghai) */
                decidedFrom?: string;
                /** @description decided on or before this day (Shanghai) */
                decidedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description enforcement cases of your department: filters `stage`, `entity`, `department`, `outcome`, `penaltyKind`, the filing and decision days; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the case, with the parties to it (who may not decide it) and a pending extension request, people by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCaseExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CaseExtensionRequestInput"];
            };
        };
        responses: {
            /** @description asked; a supervisor other than the asker approves it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendCaseDeadline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CaseExtensionApprovalInput"];
            };
        };
        responses: {
            /** @description the open step’s deadline, extended once; refused (403 own-extension-approval) to the supervisor who asked for it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startRoutineInspection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RoutineInspectionInput"];
            };
        };
        responses: {
            /** @description a routine inspection (日常监管) started for the team: `{inspectionKey, workflowId, status}` */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordInspectionResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InspectionResultInput"];
            };
        };
        responses: {
            /** @description recorded; each team member then confirms on their task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInspectionEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the files, oldest first, without their content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Evidence"][];
                        total: number;
                    };
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadInspectionEvidence: {
        parameters: {
            query: {
                /** @description the file’s name as the uploader’s device gave it (UTF-8, percent-encoded in the query) */
                fileName: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "application/pdf": string;
            };
        };
        responses: {
            /** @description the same file (same SHA-256) is already evidence of this inspection: that evidence, nothing stored again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"];
                };
            };
            /** @description stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description larger than EVIDENCE_MAX_BYTES (`evidence-too-large`); nothing stored */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not a kept type (`evidence-type-unsupported`); nothing stored */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadInspectionEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                evidenceId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its type; images inline, documents as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "application/pdf": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchEntities: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description credit code (whole or its beginning) or a fragment of the name, e.g. 枫泾; full- and half-width forms match alike */
                q?: string;
                /** @description region (town) code */
                region?: string;
                /** @description industry code (GB/T 4754) or its beginning, e.g. F52 */
                industry?: string;
                status?: "active" | "deregistered";
                /** @description credit-risk class */
                riskClass?: "A" | "B" | "C" | "D";
                /** @description on an active credit listing (of this list type, or any) */
                listed?: "any" | "dishonestDebtor" | "abnormalOperationList" | "seriousViolationList" | "majorTaxViolator";
                /** @description established on or after this day */
                establishedFrom?: string;
                /** @description established on or before this day */
                establishedTo?: string;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description matching entities, by credit code; a workbook only when at most 1000 match (else 422 `search-export-too-broad`: narrow the search); with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EntitySummary"][];
                        /** @description matches counted, at most 1000 */
                        total: number;
                        /** @description more than 1000 match: narrow the search */
                        totalIsLowerBound: boolean;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEfficiency: {
        parameters: {
            query?: {
                /** @description `department`: a row per department and task type; `person`: a row per assignee (by name, with their department) and task type, tasks nobody holds as one row per department */
                by?: "department" | "person";
                /** @description only this task type */
                taskType?: "claim" | "receipt" | "licenseDecision" | "unlicensedOperationCheck" | "planApproval" | "draw" | "inspection" | "caseFiling" | "caseDecision" | "punishmentNotice" | "punishmentLifting" | "screeningFeedback" | "warningHandling" | "subscriptionPaused" | "importMatchConfirmation";
                /** @description only this department (code); a supervisor outside the district office may name only their own */
                department?: string;
                /** @description tasks created on or after this day (Asia/Shanghai) */
                from?: string;
                /** @description tasks created on or before this day (Asia/Shanghai); not before `from` (400 period-reversed) */
                to?: string;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a row per group and task type; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EfficiencyRow"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEfficiencyTrend: {
        parameters: {
            query?: {
                /** @description `week` (Monday to Sunday, Asia/Shanghai) or `month` */
                interval?: "week" | "month";
                /** @description only this task type */
                taskType?: "claim" | "receipt" | "licenseDecision" | "unlicensedOperationCheck" | "planApproval" | "draw" | "inspection" | "caseFiling" | "caseDecision" | "punishmentNotice" | "punishmentLifting" | "screeningFeedback" | "warningHandling" | "subscriptionPaused" | "importMatchConfirmation";
                /** @description only this department (code); a supervisor outside the district office may name only their own */
                department?: string;
                /** @description the week or month this day falls in is the first; default: 11 weeks or months before `to`’s */
                from?: string;
                /** @description the week or month this day falls in is the last; default today (Asia/Shanghai) */
                to?: string;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a row per week or month, oldest first; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        interval: "week" | "month";
                        from: string;
                        to: string;
                        data: components["schemas"]["EfficiencyTrendRow"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEfficiencyForecast: {
        parameters: {
            query?: {
                /** @description `department`: a row per department and task type; `person`: a row per assignee (by name, with their department) and task type, tasks nobody holds as one row per department */
                by?: "department" | "person";
                /** @description only this task type */
                taskType?: "claim" | "receipt" | "licenseDecision" | "unlicensedOperationCheck" | "planApproval" | "draw" | "inspection" | "caseFiling" | "caseDecision" | "punishmentNotice" | "punishmentLifting" | "screeningFeedback" | "warningHandling" | "subscriptionPaused" | "importMatchConfirmation";
                /** @description only this department (code); a supervisor outside the district office may name only their own */
                department?: string;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a row per group, with the horizons for the drill-down; with format=xlsx a workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EfficiencyForecast"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEligibilityChecks: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of checks; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EligibilityCheckSummary"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runEligibilityCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    policy: string;
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description with `Accept` set to the spreadsheet type: the rows as a workbook (the check is stored all the same) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the check, row by row (stored) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityCheck"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not a multipart/form-data body; nothing was stored */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEligibilityCheck: {
        parameters: {
            query?: {
                /** @description `xlsx`: the rows as a workbook (also chosen by `Accept` set to the spreadsheet type) */
                format?: "json" | "xlsx";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the check */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityCheck"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEligibilityPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description policies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EligibilityPolicy"][];
                        total: number;
                    };
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEligibilityPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityPolicy"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveEligibilityPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description the screening scenario whose joint-punishment measures apply
                     * @enum {string}
                     */
                    scenario: "government_procurement" | "public_bidding" | "land_transfer" | "subsidy" | "bond_issuance" | "honors" | "legal_representative" | "high_consumption" | "market_access";
                    criteria: components["schemas"]["EligibilityCriteria"];
                    /**
                     * @description an inactive policy cannot be checked against
                     * @default true
                     */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityPolicy"];
                };
            };
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityPolicy"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description imports; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Import"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** @enum {string} */
                    kind: "license" | "penalty" | "inspection" | "judicial_assistance" | "complaint";
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description the same file was uploaded before: that import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        importId: number;
                        workflowId: string;
                        /** @enum {string} */
                        status: "validating" | "needsReview" | "importing" | "done" | "failed" | "cancelled";
                    };
                };
            };
            /** @description accepted: the import is validating */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStarted"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not a multipart/form-data body (`upload-not-multipart`); nothing stored */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImportErrors: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description `xlsx`: every error as a workbook (行号, 列, 错误, 代码) */
                format?: "json" | "xlsx";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the errors in row order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ImportRowError"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the import, now importing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "license" | "penalty" | "inspection" | "judicial_assistance" | "complaint";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntityDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description unified social credit code (18 characters) */
                creditCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the dossier */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityDossier"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSharedEntityDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description unified social credit code (18 characters) */
                creditCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the dossier */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityDossier"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntityDossierSection: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description records only: one kind of collected record (else every kind) */
                kind?: "license" | "penalty" | "inspection" | "judicial_assistance" | "complaint";
            };
            header?: never;
            path: {
                /** @description unified social credit code (18 characters) */
                creditCode: string;
                /** @description a paged section of the dossier; `tasks` are the rows of `openTasks.tasks` */
                section: "registrations" | "licenses" | "notifications" | "inspections" | "cases" | "penalties" | "listings" | "warnings" | "records" | "tasks" | "timeline";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the section */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierSectionPage"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSharedEntityDossierSection: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description records only: one kind of collected record (else every kind) */
                kind?: "license" | "penalty" | "inspection" | "judicial_assistance" | "complaint";
            };
            header?: never;
            path: {
                /** @description unified social credit code (18 characters) */
                creditCode: string;
                /** @description a paged section of the dossier; `tasks` are the rows of `openTasks.tasks` */
                section: "registrations" | "licenses" | "notifications" | "inspections" | "cases" | "penalties" | "listings" | "warnings" | "records" | "tasks" | "timeline";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the section */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierSectionPage"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCreditListings: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                sort?: string;
                order?: "ASC" | "DESC" | "asc" | "desc";
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
                status?: string;
                listType?: string;
                /** @description credit code */
                entity?: string;
                /** @description entity name contains */
                q?: string;
                /** @description a department code: the entries it decided (the deciding authority is that department, by name) */
                department?: string;
                /** @description listed on or after this day */
                listedFrom?: string;
                /** @description listed on or before this day */
                listedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description credit-list entries: filters `status`, `listType`, `entity`, `q` (name), `department` (deciding authority), the listing days; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCreditListing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreditListingInput"];
            };
        };
        responses: {
            /** @description listed by your department; the implementing departments are notified */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreditListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one entry with its process: notices, feedback, lifting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delistCreditListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DelistInput"];
            };
        };
        responses: {
            /** @description ended by credit repair or removal; lifting starts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPunishmentMeasures: {
        parameters: {
            query?: {
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the measures catalog (惩戒措施目录); with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPunishmentMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PunishmentMeasureInput"];
            };
        };
        responses: {
            /** @description added (admin, or a supervisor of the implementing department) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePunishmentMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PunishmentMeasureInput"];
            };
        };
        responses: {
            /** @description changed; running notices keep the measures they were sent with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPunishmentFeedback: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per department: notices and screening hits sent, fed back, on time, overdue (F9); with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCreditListTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description each list with the department that enters it (RULES.md) and whether you may */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreditListType"][];
                        total: number;
                    };
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCreditListingEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreditListingEvent"];
            };
        };
        responses: {
            /** @description accepted (a repeated eventId returns the same answer) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditListingAnswer"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    screenEntity: {
        parameters: {
            query: {
                creditCode: string;
                scenario: "government_procurement" | "public_bidding" | "land_transfer" | "subsidy" | "bond_issuance" | "honors" | "legal_representative" | "high_consumption" | "market_access";
                /** @description the asking department (code or exact name); defaults to the API key’s department */
                department?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningAnswer"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RecordsPush"];
            };
        };
        responses: {
            /** @description each item’s result, in the order sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordsAnswer"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecords: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                sort?: string;
                order?: "ASC" | "DESC" | "asc" | "desc";
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
                kind?: "license" | "penalty" | "inspection" | "judicial_assistance" | "complaint";
                /** @description credit code */
                entity?: string;
                /** @description department code; only those who see every department choose another than their own */
                department?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of records; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CollectedRecord"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enterRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RecordEntry"];
            };
        };
        responses: {
            /** @description merged into the record of the same key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordEntered"];
                };
            };
            /** @description stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordEntered"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWarnings: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                sort?: string;
                order?: "ASC" | "DESC" | "asc" | "desc";
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
                status?: string;
                level?: string;
                ruleCode?: string;
                source?: string;
                /** @description credit code */
                entity?: string;
                /** @description district-wide roles: one department */
                departmentCode?: string;
                /** @description raised on or after this day (Shanghai) */
                raisedFrom?: string;
                /** @description raised on or before this day (Shanghai) */
                raisedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description warnings of your department: filters `status`, `level`, `ruleCode`, `source`, `entity`, the days raised; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    raiseWarning: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ManualWarningInput"];
            };
        };
        responses: {
            /** @description a manual warning (主动预警), a task for the responsible department */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWarning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one warning with its handling task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWarningRules: {
        parameters: {
            query?: {
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the automatic rules and their settings; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWarningRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "licenseExpiring" | "deregisteredWithLicenses" | "abnormalOperationListed" | "caseFiled" | "taskOverdue";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WarningRuleInput"];
            };
        };
        responses: {
            /** @description changed (admin or district supervisor); the next scan uses it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runWarningScan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WarningScanInput"];
            };
        };
        responses: {
            /** @description the rules ran now (besides the daily Schedule); answers how many warnings were raised */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStuckProcesses: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                state?: "failed" | "retrying";
                /** @description a workflow type */
                process?: "dualNotification" | "licenseFeedback" | "inspectionPlan" | "inspection" | "enforcementCase" | "jointPunishment" | "screeningFeedback" | "eligibilityFeedback" | "warning" | "warningBatch" | "warningScan" | "auditCheckpoint" | "subscriptionDelivery" | "deliveryLogPruning" | "recordImport" | "riskRescoring" | "riskScoring" | "registerTallies" | "taskTallies";
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description stuck processes; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["StuckProcess"][];
                        total: number;
                        /** Format: date-time */
                        refreshedAt: string;
                        truncated: boolean;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicCreditListings: {
        parameters: {
            query?: {
                /** @description one list; both when absent */
                listType?: "abnormalOperationList" | "seriousViolationList";
                /** @description credit code (whole or its beginning) or a fragment of the entity name */
                q?: string;
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description entries in force: entity (an individual business’s operator name masked), list, reason, decision number, deciding authority, listed on, ends on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublishedInspectionPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description published plans with their draw commitments and, once drawn, their draws */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getPublishedDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description everything needed to repeat the draw: algorithm, parameters, pool snapshot, seeds, their published hashes, result (see `npm run cli -- draw verify`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublishedInspectionResults: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description credit code */
                entity?: string;
                /** @description credit code (whole or its beginning) or a fragment of the entity name */
                q?: string;
                department?: string;
                planId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description published spot-check and routine inspection results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the current user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["SessionUser"];
                    };
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description logged in; sets the HttpOnly session cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        user: components["schemas"]["SessionUser"];
                    };
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description logged out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readFeed: {
        parameters: {
            query?: {
                /** @description a cursor: the `next` of a previous answer, or an event id (0 or absent: from the first event) */
                after?: string;
                /** @description comma-separated event types; all when absent */
                types?: string;
                /** @description events per answer, 1–1000 (default 100) */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description events and the next cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedEventFeed"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "active" | "paused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"][];
                        total: number;
                    };
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubscriptionInput"];
            };
        };
        responses: {
            /** @description created; the secret is shown only here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSubscription"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the subscription as it now stands (pausing or resuming twice is harmless) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the subscription as it now stands (pausing or resuming twice is harmless) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubscriptionDeliveries: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "sent" | "retrying" | "failed";
                eventId?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Delivery"][];
                        total: number;
                    };
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDepartmentSubscriptions: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "active" | "paused";
                departmentCode?: string;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description subscriptions; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDepartmentSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AdminSubscriptionInput"];
            };
        };
        responses: {
            /** @description created; the secret is shown only here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSubscription"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDepartmentSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDepartmentSubscriptionDeliveries: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "sent" | "retrying" | "failed";
                eventId?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description attempts, newest first, with the payload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Delivery"][];
                        total: number;
                    };
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseDepartmentSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the subscription as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeDepartmentSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the subscription as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                sort?: "dueAt" | "createdAt" | "escalationLevel" | "id";
                order?: "ASC" | "DESC" | "asc" | "desc";
                /** @description `me` (我的待办: assigned to me) or a username */
                assignee?: string;
                /** @description `mine` (待认领): nobody holds it yet and it is offered to my department, directly or as a candidate of the claim pool */
                offered?: "mine";
                /** @description one or more of open, claimed, completed, cancelled (comma-separated or repeated) */
                status?: string | string[];
                department?: string;
                type?: "claim" | "receipt" | "licenseDecision" | "unlicensedOperationCheck" | "planApproval" | "draw" | "inspection" | "caseFiling" | "caseDecision" | "punishmentNotice" | "punishmentLifting" | "screeningFeedback" | "warningHandling" | "subscriptionPaused" | "importMatchConfirmation";
                overdue?: "true" | "false";
                escalated?: "true" | "false";
                unassigned?: "true" | "false";
                /** @description credit code */
                entity?: string;
                /** @description entity name contains, or credit code starts with */
                q?: string;
                /** @description due at or after this instant */
                dueFrom?: string;
                /** @description due before this instant */
                dueBefore?: string;
                /** @description created at or after this instant, or on or after this day (Shanghai, YYYY-MM-DD) */
                createdFrom?: string;
                /** @description created on or before this day (Shanghai) */
                createdTo?: string;
                /** @description created before this instant */
                createdBefore?: string;
                /** @description true: completed after the due time; false: completed by it (the efficiency drill-down) */
                completedLate?: "true" | "false";
                /** @description escalation level exactly: 0 none, 1 department supervisor, 2 district */
                escalation?: "0" | "1" | "2";
                /** @description open tasks with this traffic light */
                light?: "green" | "yellow" | "red";
                /** @description true: open tasks due within the due-soon working days of their type (light yellow) */
                dueSoon?: "true" | "false";
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description tasks visible to you; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"][];
                        /** @description tasks the filters select, counted exactly up to 1,000 */
                        total: number;
                        /** @description more than 1,000 tasks: total is 1000 and the list goes on past it; narrow the filters to count them */
                        totalIsLowerBound: boolean;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description open tasks: mine, offered to my department, overdue and due soon */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCounts"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTaskTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the process timeline (pushed → received → decided …) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TimelineEntry"][];
                    };
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    claimTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description claimed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    outcome: string;
                    comment?: string;
                    data?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description completed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reassignTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description username */
                    assignee: string;
                    /** @description why the task is reassigned; the timeline shows it */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description reassigned (supervisor only) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkClaimTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    taskIds: number[];
                };
            };
        };
        responses: {
            /** @description per task: claimed or refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResults"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkReassignTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    taskIds: number[];
                    /** @description username */
                    assignee: string;
                    /** @description why the task is reassigned; the timeline shows it */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description per task: reassigned or refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResults"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                department?: string;
                role?: "admin" | "supervisor" | "inspector" | "clerk" | "leader" | "auditor";
                /** @description inactive or all: the administrator only; others always see the active users */
                status?: "active" | "inactive" | "all";
                /** @description a fragment of the username or the display name */
                q?: string;
                page?: number;
                perPage?: number;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description users; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description created; a generated password is answered this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        /** @description the generated initial password, answered this once; absent when one was given */
                        password?: string;
                    };
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UserChange"];
            };
        };
        responses: {
            /** @description the user as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the user, inactive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the user, active */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConflicts: {
        parameters: {
            query?: {
                status?: "declared" | "confirmed" | "lifted";
                partyType?: "inspector" | "expert" | "thirdParty";
                creditCode?: string;
                /** @description those who see every department: the parties of one department */
                department?: string;
                page?: number;
                perPage?: number;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description conflicts; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conflict"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declareConflict: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConflictDeclaration"];
            };
        };
        responses: {
            /** @description the declaration */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the conflict, confirmed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    liftConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConflictLifting"];
            };
        };
        responses: {
            /** @description the conflict, lifted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatistic: {
        parameters: {
            query?: {
                /** @description first day (Shanghai), default 1 January of `to`’s year */
                from?: string;
                /** @description last day (Shanghai), default today */
                to?: string;
                /** @description a department code: that department’s numbers (leaders, administrators and the district office; a supervisor always gets their own) */
                department?: string;
                /** @description with format=xlsx: only this section (its own columns); without, every section in one sheet */
                section?: string;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path: {
                name: "entities" | "registrations" | "dualNotification" | "spotChecks" | "cases" | "credit" | "warnings" | "hotSpots";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the statistic’s sections, each a table of rows; with format=xlsx a workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statistic"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInspectors: {
        parameters: {
            query?: {
                /** @description those who see every department: one department; others always see their own */
                department?: string;
                region?: string;
                /** @description a field of competence (domain/resources.ts FIELDS) */
                field?: "food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology";
                status?: "onDuty" | "onLeave" | "transferred";
                /** @description a fragment of the name or the credential number */
                q?: string;
                page?: number;
                perPage?: number;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description inspectors; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Inspector"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the inspector */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspector"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setInspectorProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InspectorProfileInput"];
            };
        };
        responses: {
            /** @description the inspector as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspector"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResourceDistribution: {
        parameters: {
            query?: {
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
                /** @description with format=xlsx: only this section */
                section?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the sections, each a table of rows; with format=xlsx a workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceDistribution"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCheckItemExpertise: {
        parameters: {
            query?: {
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description by check item code; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CheckItemExpertise"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCheckItemExpertise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CheckItemExpertiseInput"];
            };
        };
        responses: {
            /** @description the need as set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckItemExpertise"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    clearCheckItemExpertise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExperts: {
        parameters: {
            query?: {
                /** @description those who see every department: one department; others always see their own */
                department?: string;
                /** @description a field of competence (domain/resources.ts FIELDS) */
                field?: "food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology";
                status?: "active" | "inactive";
                /** @description a fragment of the name or the employer */
                q?: string;
                page?: number;
                perPage?: number;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description experts, by name; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Expert"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExpert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExpertInput"];
            };
        };
        responses: {
            /** @description the expert */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the expert */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExpertChange"];
            };
        };
        responses: {
            /** @description the expert as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the expert, inactive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reactivateExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the expert, active */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listThirdParties: {
        parameters: {
            query?: {
                /** @description those who see every department: one department; others always see their own */
                department?: string;
                /** @description a field of competence (domain/resources.ts FIELDS) */
                field?: "food" | "specialEquipment" | "drugs" | "productQuality" | "price" | "advertising" | "metrology";
                status?: "active" | "inactive";
                /** @description a fragment of the name or the credit code */
                q?: string;
                page?: number;
                perPage?: number;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description third-party bodies, by name; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ThirdParty"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createThirdParty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ThirdPartyInput"];
            };
        };
        responses: {
            /** @description the body */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdParty"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getThirdParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdParty"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeThirdParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ThirdPartyChange"];
            };
        };
        responses: {
            /** @description the body as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdParty"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateThirdParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the body, inactive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdParty"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reactivateThirdParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the body, active */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdParty"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                status?: "active" | "revoked";
                page?: number;
                perPage?: number;
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API keys; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the key, revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRiskModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description its newest version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskModel"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setRiskModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RiskModelInput"];
            };
        };
        responses: {
            /** @description the new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskModel"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCatalogItems: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                sort?: string;
                order?: "ASC" | "DESC" | "asc" | "desc";
                /** @description `xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page. */
                format?: components["parameters"]["ListFormat"];
                /** @description department code */
                department?: string;
                /** @description current: in force today; retired: no longer in force */
                status?: "current" | "retired";
                /** @description code or name contains */
                q?: string;
            };
            header?: never;
            path: {
                /** @description license-items (行政许可事项), penalty-items (行政处罚事项), check-items (监管事项) */
                catalog: "license-items" | "penalty-items" | "check-items";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the items in force, each with its version; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CatalogItem"][];
                        total: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description license-items (行政许可事项), penalty-items (行政处罚事项), check-items (监管事项) */
                catalog: "license-items" | "penalty-items" | "check-items";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatalogItemInput"];
            };
        };
        responses: {
            /** @description added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItem"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description license-items (行政许可事项), penalty-items (行政处罚事项), check-items (监管事项) */
                catalog: "license-items" | "penalty-items" | "check-items";
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the item with `versions` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItem"] & ({
                        versions: components["schemas"]["CatalogVersion"][];
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description license-items (行政许可事项), penalty-items (行政处罚事项), check-items (监管事项) */
                catalog: "license-items" | "penalty-items" | "check-items";
                code: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatalogItemChange"];
            };
        };
        responses: {
            /** @description the new version in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItem"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retireCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description license-items (行政许可事项), penalty-items (行政处罚事项), check-items (监管事项) */
                catalog: "license-items" | "penalty-items" | "check-items";
                code: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatalogRetirement"];
            };
        };
        responses: {
            /** @description the item, retired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItem"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importCatalogItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description license-items (行政许可事项), penalty-items (行政处罚事项), check-items (监管事项) */
                catalog: "license-items" | "penalty-items" | "check-items";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description what was added and changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogImportResult"];
                };
            };
            /** @description malformed or missing input; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside your department, role or scopes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description does not exist or is not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description state conflict (already done, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed but not acceptable; nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready" | "not ready";
                        /** @description `ok`, or the error of each dependency */
                        checks: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description a dependency is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready" | "not ready";
                        /** @description `ok`, or the error of each dependency */
                        checks: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
}
