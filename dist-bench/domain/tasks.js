"use strict";
// The one human-task model (DESIGN.md rule 4): every step that waits for a person is a task of one of
// these types, finished with one of its type's outcomes.
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROLES = exports.OUTCOMES_BY_TYPE = exports.LICENSE_DECISIONS = exports.TASK_STATUSES = exports.TASK_TYPES = void 0;
exports.TASK_TYPES = ['claim', 'receipt', 'licenseDecision', 'unlicensedOperationCheck'];
exports.TASK_STATUSES = ['open', 'claimed', 'completed', 'cancelled'];
exports.LICENSE_DECISIONS = ['issued', 'refused', 'not_applied', 'not_required'];
exports.OUTCOMES_BY_TYPE = {
    claim: ['claimed'],
    receipt: ['received'],
    licenseDecision: exports.LICENSE_DECISIONS,
    unlicensedOperationCheck: ['not_operating', 'licensed_elsewhere', 'operating_without_license'],
};
exports.ROLES = ['admin', 'supervisor', 'inspector', 'clerk', 'leader', 'auditor'];
//# sourceMappingURL=tasks.js.map