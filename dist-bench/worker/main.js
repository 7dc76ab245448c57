"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const config_1 = require("../config");
const logger_1 = require("../api/logger");
const index_1 = require("./index");
// The worker process: `node dist/worker/main.js`. SIGINT/SIGTERM drain it (Temporal's default handling).
async function main() {
    const config = (0, config_1.loadConfig)();
    const { worker, close } = await (0, index_1.createWorker)(config);
    logger_1.logger.info({ taskQueue: config.TASK_QUEUE, temporal: config.TEMPORAL_ADDRESS }, 'worker started');
    await worker.run();
    await close();
    logger_1.logger.info('worker stopped');
}
main().catch((err) => {
    logger_1.logger.fatal({ err }, 'worker failed');
    process.exit(1);
});
//# sourceMappingURL=main.js.map