"use strict";
// Shapes shared by the API, the dual-notification workflow and its activities.
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNLICENSED_CHECK_WORKING_DAYS = exports.DECISION_EXTENSION_WORKING_DAYS = exports.DEFAULT_DECISION_WORKING_DAYS = exports.SECOND_ESCALATION_WORKING_DAYS = exports.DEFAULT_CLAIM_WORKING_DAYS = exports.DEFAULT_RECEIPT_WORKING_DAYS = exports.REGISTRATION_ACTIONS = void 0;
exports.REGISTRATION_ACTIONS = ['establish', 'change', 'deregister'];
// RULES.md "Dual notification", local defaults (district configuration).
exports.DEFAULT_RECEIPT_WORKING_DAYS = 5;
exports.DEFAULT_CLAIM_WORKING_DAYS = 5;
/** A missed step escalates once more after this many further working days (RULES.md, local). */
exports.SECOND_ESCALATION_WORKING_DAYS = 5;
/** 行政许可法 Art. 42: decide within 20 working days of accepting, extendable by 10 with approval. */
exports.DEFAULT_DECISION_WORKING_DAYS = 20;
exports.DECISION_EXTENSION_WORKING_DAYS = 10;
/** Local: the supervising department checks for unlicensed operation within 10 working days. */
exports.UNLICENSED_CHECK_WORKING_DAYS = 10;
//# sourceMappingURL=registration.js.map