"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REFUSAL = void 0;
exports.refuse = refuse;
const common_1 = require("@temporalio/common");
// Expected business refusals from workflow updates. The `type` is what the API maps to an HTTP status.
exports.REFUSAL = {
    /** The task or step is already finished (409). */
    conflict: 'Conflict',
    /** The actor may not act on this task (403). */
    forbidden: 'Forbidden',
    /** The request is well-formed but not acceptable in this state, e.g. an outcome the task does not allow (422). */
    unprocessable: 'Unprocessable',
};
function refuse(type, message) {
    throw common_1.ApplicationFailure.create({ type, message, nonRetryable: true });
}
//# sourceMappingURL=errors.js.map