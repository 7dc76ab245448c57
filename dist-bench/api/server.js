"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.start = start;
const db_1 = require("../db");
const app_1 = require("./app");
const logger_1 = require("./logger");
const temporal_1 = require("./temporal");
/** Starts the API + admin UI; port 0 picks a free port (tests run it in-process this way). */
async function start(config) {
    logger_1.logger.level = config.LOG_LEVEL;
    const db = await (0, db_1.openDb)(config.DATABASE_URL);
    const temporal = await (0, temporal_1.connectTemporal)(config);
    const app = (0, app_1.createApp)({ config, db, temporal });
    const server = await new Promise((resolve) => {
        const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    });
    const port = server.address().port;
    return {
        url: `http://${config.HOST}:${port}`,
        port,
        async stop() {
            await new Promise((resolve) => server.close(() => resolve()));
            server.closeAllConnections?.();
            await temporal.close();
            await db.close();
        },
    };
}
//# sourceMappingURL=server.js.map