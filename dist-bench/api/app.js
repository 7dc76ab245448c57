"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApp = createApp;
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const cookie_parser_1 = __importDefault(require("cookie-parser"));
const express_1 = __importDefault(require("express"));
const pino_http_1 = require("pino-http");
const prom_client_1 = __importDefault(require("prom-client"));
const swagger_ui_dist_1 = __importDefault(require("swagger-ui-dist"));
const routes_1 = require("./departments/routes");
const errors_1 = require("./errors");
const licenseDecisions_1 = require("./ext/licenseDecisions");
const registrations_1 = require("./ext/registrations");
const logger_1 = require("./logger");
const openapi_1 = require("./openapi");
const routes_2 = require("./session/routes");
const routes_3 = require("./tasks/routes");
const routes_4 = require("./users/routes");
const registry = new prom_client_1.default.Registry();
prom_client_1.default.collectDefaultMetrics({ register: registry });
const httpDuration = new prom_client_1.default.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
});
const UI_DIST = node_path_1.default.resolve(__dirname, '..', ...(__dirname.includes(`${node_path_1.default.sep}dist${node_path_1.default.sep}`) ? ['..'] : []), 'admin-ui', 'dist');
function createApp({ config, db, temporal }) {
    const app = (0, express_1.default)();
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback');
    app.use((0, pino_http_1.pinoHttp)({
        logger: logger_1.logger,
        genReqId: (req, res) => {
            const id = req.headers['x-request-id']?.slice(0, 100) || node_crypto_1.default.randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
        },
        autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }));
    app.use((req, res, next) => {
        const end = httpDuration.startTimer({ method: req.method });
        res.on('finish', () => end({ route: req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched', status: String(res.statusCode) }));
        next();
    });
    app.use(express_1.default.json({ limit: config.BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'] }));
    app.use((0, cookie_parser_1.default)());
    app.get('/healthz', (_req, res) => res.json({ status: 'ok' }));
    app.get('/readyz', async (_req, res) => {
        const checks = {};
        try {
            await db.sequelize.query('SELECT 1');
            checks.database = 'ok';
        }
        catch (err) {
            checks.database = String(err);
        }
        try {
            await temporal.client.connection.workflowService.getSystemInfo({});
            checks.temporal = 'ok';
        }
        catch (err) {
            checks.temporal = String(err);
        }
        const ready = Object.values(checks).every((v) => v === 'ok');
        res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
    });
    app.get('/metrics', async (_req, res) => {
        res.type(registry.contentType).send(await registry.metrics());
    });
    const doc = (0, openapi_1.openApiDocument)();
    app.get('/api/openapi.json', (_req, res) => res.json(doc));
    app.get('/api/docs', (_req, res) => res.type('html').send(SWAGGER_PAGE));
    app.use('/api/docs/assets', express_1.default.static(swagger_ui_dist_1.default.getAbsoluteFSPath(), { index: false }));
    app.use('/api/v1', (0, routes_2.sessionRoutes)(db, config), (0, routes_3.taskRoutes)(db, temporal), (0, routes_1.departmentRoutes)(db), (0, routes_4.userRoutes)(db));
    app.use('/api/ext/v1', (0, registrations_1.registrationRoutes)(db, temporal), (0, licenseDecisions_1.licenseDecisionRoutes)(db, temporal));
    app.use(['/api', '/public'], errors_1.notFoundHandler);
    if (node_fs_1.default.existsSync(UI_DIST)) {
        app.use(express_1.default.static(UI_DIST, { index: 'index.html', maxAge: '1h' }));
    }
    else {
        app.get('/', (_req, res) => res.type('text').send('admin UI not built: run `npm run build:ui`'));
    }
    app.use(errors_1.notFoundHandler);
    app.use(errors_1.errorHandler);
    return app;
}
const SWAGGER_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Zongjian API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });</script></body></html>`;
//# sourceMappingURL=app.js.map