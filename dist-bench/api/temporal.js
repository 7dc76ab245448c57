"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.connectTemporal = connectTemporal;
exports.update = update;
exports.toAppError = toAppError;
const client_1 = require("@temporalio/client");
const common_1 = require("@temporalio/common");
const errors_1 = require("../workflows/errors");
const errors_2 = require("./errors");
async function connectTemporal(config) {
    const connection = await client_1.Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: '5 seconds' });
    const client = new client_1.Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    return { client, taskQueue: config.TASK_QUEUE, close: () => connection.close() };
}
/**
 * Sends a workflow an Update and waits for its answer; a refusal by the validator or handler becomes the
 * HTTP answer a person sees at once (DESIGN.md rule 1), nothing having changed.
 */
async function update(temporal, workflowId, def, arg, updateId) {
    try {
        return await temporal.client.workflow.getHandle(workflowId).executeUpdate(def, { args: [arg], ...(updateId ? { updateId } : {}) });
    }
    catch (err) {
        throw toAppError(err);
    }
}
function toAppError(err) {
    if (err instanceof client_1.WorkflowNotFoundError)
        return (0, errors_2.conflict)('the process has already ended');
    if (err instanceof client_1.WorkflowUpdateFailedError && err.cause instanceof common_1.ApplicationFailure) {
        const message = err.cause.message;
        switch (err.cause.type) {
            case errors_1.REFUSAL.conflict:
                return (0, errors_2.conflict)(message);
            case errors_1.REFUSAL.forbidden:
                return (0, errors_2.forbidden)(message);
            case errors_1.REFUSAL.unprocessable:
                return (0, errors_2.unprocessable)(message);
        }
    }
    if (err instanceof errors_2.AppError)
        return err;
    return err;
}
//# sourceMappingURL=temporal.js.map