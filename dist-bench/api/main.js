"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const config_1 = require("../config");
const logger_1 = require("./logger");
const server_1 = require("./server");
// The API process: `node dist/api/main.js`.
async function main() {
    const config = (0, config_1.loadConfig)();
    const server = await (0, server_1.start)(config);
    logger_1.logger.info({ url: server.url }, 'api listening');
    const stop = async (signal) => {
        logger_1.logger.info({ signal }, 'api stopping');
        await server.stop();
        process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
}
main().catch((err) => {
    logger_1.logger.fatal({ err }, 'api failed to start');
    process.exit(1);
});
//# sourceMappingURL=main.js.map