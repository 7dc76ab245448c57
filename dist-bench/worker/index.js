"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createWorker = createWorker;
const worker_1 = require("@temporalio/worker");
const activities_1 = require("../activities");
const db_1 = require("../db");
/** Builds the worker of `TASK_QUEUE`: every workflow and every activity. */
async function createWorker(config, options = {}) {
    const db = await (0, db_1.openDb)(config.DATABASE_URL);
    const connection = await worker_1.NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
    const worker = await worker_1.Worker.create({
        connection,
        namespace: config.TEMPORAL_NAMESPACE,
        taskQueue: config.TASK_QUEUE,
        ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: require.resolve('../workflows') }),
        activities: (0, activities_1.createActivities)({ db, deadlines: { secondsPerWorkingDay: config.DEADLINE_SECONDS_PER_WORKING_DAY } }),
    });
    return {
        worker,
        async close() {
            await connection.close();
            await db.close();
        },
    };
}
//# sourceMappingURL=index.js.map