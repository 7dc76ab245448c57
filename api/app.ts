import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express from 'express';
import { pinoHttp } from 'pino-http';
import client from 'prom-client';
import swaggerUi from 'swagger-ui-dist';
import type { Config } from '../config';
import type { Db } from '../db';
import { auditRoutes } from './audit/routes';
import { departmentRoutes } from './departments/routes';
import { errorHandler, notFoundHandler } from './errors';
import { licenseDecisionRoutes } from './ext/licenseDecisions';
import { registrationRoutes } from './ext/registrations';
import { inspectionRoutes } from './inspections/routes';
import { evidenceRoutes } from './inspections/evidence';
import { entityRoutes } from './entities/routes';
import { efficiencyRoutes } from './efficiency/routes';
import { eligibilityRoutes } from './eligibility/routes';
import { importRoutes } from './imports/routes';
import { dossierRoutes, sharedDossierRoutes } from './entities/dossier';
import { creditRoutes } from './credit/routes';
import { creditListingRoutes } from './ext/creditListings';
import { screeningRoutes } from './ext/screening';
import { recordRoutes } from './ext/records';
import { recordEntryRoutes } from './records/routes';
import { warningRoutes } from './warnings/routes';
import { logger } from './logger';
import { registerDeliveryMetrics, registerOpenTaskMetric, registerStuckProcessMetric } from './operations/metrics';
import { operationRoutes } from './operations/routes';
import { PUBLIC_PAGE } from './public/page';
import { PUBLIC_SCRIPT } from './public/pageScript';
import { publicRoutes } from './public/routes';
import { document, openApiDocument, z } from './openapi';
import { securityHeaders } from './security/headers';
import { sameOriginCookieWrites } from './security/sameOrigin';
import { sessionRoutes } from './session/routes';
import { sharingRoutes, subscriptionRoutes } from './sharing/routes';
import { taskRoutes } from './tasks/routes';
import type { Temporal } from './temporal';
import { userRoutes } from './users/routes';
import { resourceRoutes } from './resources/routes';
import { statisticsRoutes } from './statistics/routes';
import { apiKeyRoutes } from './apiKeys/routes';
import { riskRoutes } from './risk/routes';
import { catalogRoutes } from './catalogs/routes';
import { requireUtf8 } from './validate';

export interface AppDeps {
  config: Config;
  db: Db;
  temporal: Temporal;
}

const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry });
const httpDuration = new client.Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

const READY_TIMEOUT_MS = 2_000;

const markRouteBase: express.RequestHandler = (req, res, next) => {
  res.locals.routeBase = req.baseUrl;
  next();
};

const UI_DIST = path.resolve(__dirname, '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), 'admin-ui', 'dist');

// The operators' endpoints of CONTRACT.md "Running it": no credentials, no input, so no 4xx answer
// (redocly.yaml's ignore file names them for the operation-4xx-response rule).
const json = (schema: z.ZodTypeAny) => ({ 'application/json': { schema } });
const Readiness = z.object({ status: z.enum(['ready', 'not ready']), checks: z.record(z.string(), z.string()).describe('`ok`, or the error of each dependency') });
document({ method: 'get', path: '/healthz', operationId: 'checkLiveness', summary: 'Check the process is up', tags: ['operations'], security: [], responses: { 200: { description: 'the process is up', content: json(z.object({ status: z.literal('ok') })) } } }, []);
document({ method: 'get', path: '/readyz', operationId: 'checkReadiness', summary: 'Check the database and Temporal are reachable', tags: ['operations'], security: [], responses: { 200: { description: 'ready', content: json(Readiness) }, 503: { description: 'a dependency is unreachable', content: json(Readiness) } } }, []);
document({ method: 'get', path: '/metrics', operationId: 'getMetrics', summary: 'Get the Prometheus metrics', tags: ['operations'], security: [], responses: { 200: { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: z.string() } } } } }, []);

export function createApp({ config, db, temporal }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Whose X-Forwarded-* count (the client address the login limits key on, the scheme and host of the
  // same-origin proof): nobody unless TRUST_PROXY names the proxies, so a caller cannot choose its own address.
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(securityHeaders(config));
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );
  app.use((req, res, next) => {
    const end = httpDuration.startTimer({ method: req.method });
    // An error leaves its router before the answer is sent, and Express then restores req.baseUrl: the mount
    // point is kept when the router is entered (markRouteBase), so errors and successes share one label.
    res.on('finish', () => end({ route: req.route?.path ? `${res.locals.routeBase ?? req.baseUrl}${req.route.path}` : 'unmatched', status: String(res.statusCode) }));
    next();
  });
  app.use(express.json({ limit: config.BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'], verify: requireUtf8 }));
  app.use(cookieParser());
  app.use(sameOriginCookieWrites(config));

  app.get('/healthz', (_req, res) => res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = {};
    try {
      await db.sequelize.query('SELECT 1');
      checks.database = 'ok';
    } catch (err) {
      checks.database = String(err);
    }
    try {
      // A deadline, so a probe hears "not ready" in seconds instead of after the client's retries (~20 s).
      await temporal.client.connection.withDeadline(Date.now() + READY_TIMEOUT_MS, () => temporal.client.connection.workflowService.getSystemInfo({}));
      checks.temporal = 'ok';
    } catch (err) {
      checks.temporal = String(err);
    }
    const ready = Object.values(checks).every((v) => v === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  registerStuckProcessMetric(registry, { db, temporal, config });
  registerOpenTaskMetric(registry, db);
  registerDeliveryMetrics(registry, db);
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  const doc = openApiDocument();
  app.get('/api/openapi.json', (_req, res) => res.json(doc));
  app.get('/api/docs', (_req, res) => res.type('html').send(SWAGGER_PAGE));
  app.get('/api/docs/init.js', (_req, res) => res.type('js').send(SWAGGER_INIT));
  app.use('/api/docs/assets', express.static(swaggerUi.getAbsoluteFSPath(), { index: false }));

  app.use('/api/v1', markRouteBase, sessionRoutes(db, config), taskRoutes(db, temporal, { workingDays: config.DUE_SOON_WORKING_DAYS, byType: config.DUE_SOON_WORKING_DAYS_BY_TYPE }), departmentRoutes(db), userRoutes(db), inspectionRoutes(db, temporal, config.PLAN_CHILDREN_PER_RUN), evidenceRoutes(db, config), entityRoutes(db), dossierRoutes(db), creditRoutes(db, temporal), warningRoutes(db, temporal), recordEntryRoutes(db));
  app.use('/api/v1', markRouteBase, operationRoutes(db, temporal, config));
  app.use('/api/v1', markRouteBase, auditRoutes(db, temporal, config));
  app.use('/api/v1', markRouteBase, efficiencyRoutes(db));
  app.use('/api/v1', markRouteBase, eligibilityRoutes(db, temporal, { maxUploadBytes: config.UPLOAD_MAX_BYTES }));
  app.use('/api/v1', markRouteBase, importRoutes(db, temporal, { maxUploadBytes: config.UPLOAD_MAX_BYTES }));
  app.use('/api/ext/v1', markRouteBase, registrationRoutes(db, temporal), licenseDecisionRoutes(db, temporal), creditListingRoutes(db, temporal), screeningRoutes(db, temporal), recordRoutes(db), sharedDossierRoutes(db));
  app.use('/public/v1', markRouteBase, publicRoutes(db));
  app.use('/api/ext/v1', markRouteBase, sharingRoutes(db, temporal, config));
  app.use('/api/v1', markRouteBase, subscriptionRoutes(db, temporal, config));
  app.use('/api/v1', markRouteBase, statisticsRoutes(db, config.REGISTER_TALLY_MINUTES));
  app.use('/api/v1', markRouteBase, apiKeyRoutes(db));
  app.use('/api/v1', markRouteBase, riskRoutes(db, temporal));
  app.use('/api/v1', markRouteBase, catalogRoutes(db, { maxUploadBytes: config.UPLOAD_MAX_BYTES }));
  app.use('/api/v1', markRouteBase, resourceRoutes(db));
  app.get('/public', (_req, res) => res.type('html').send(PUBLIC_PAGE));
  app.get('/public/page.js', (_req, res) => res.type('js').send(PUBLIC_SCRIPT));
  app.use(['/api', '/public'], notFoundHandler);

  if (fs.existsSync(UI_DIST)) {
    // Hashed assets never change; index.html must be re-read so a new build's assets are found.
    app.use(
      express.static(UI_DIST, {
        index: 'index.html',
        setHeaders: (res, file) => res.setHeader('Cache-Control', file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable'),
      }),
    );
  } else {
    app.get('/', (_req, res) => res.type('text').send('admin UI not built: run `npm run build:ui`'));
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

// Swagger UI's own colours put white on light blue and green (2:1 to 3.6:1), its links at 3.3:1 and its
// schemas' expand buttons at 1.9:1: these darker ones keep 4.5:1 (WCAG 2.1 1.4.3). The CSP allows inline
// styles, not inline scripts.
const SWAGGER_CONTRAST = `<style>
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #0b5cad; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1e7a4f; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #a35200; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #c62828; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #0f766e; }
.swagger-ui .info .title small { background: #5a606b; }
.swagger-ui .info .title small.version-stamp { background: #4a6b00; }
.swagger-ui .info .url, .swagger-ui .info a, .swagger-ui a.nostyle { color: #1565c0; }
.swagger-ui .btn.authorize { color: #1e7a4f; border-color: #1e7a4f; }
.swagger-ui .btn.authorize svg { fill: #1e7a4f; }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #595959; }
</style>`;

// lang: Swagger UI is in English (WCAG 2.1 3.1.1).
const SWAGGER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Zongjian API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">${SWAGGER_CONTRAST}</head><body><div id="ui" data-url="/api/openapi.json"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

// A file, not an inline script, for the Content-Security-Policy; no validator badge, an image from another site.
// The servers menu has an empty <label>: its name is given once the page is drawn (WCAG 4.1.2).
// Tags folded (docExpansion none): with every operation unfolded, Swagger UI drew the first three tags of the
// 140 operations and stopped; folded, every tag is listed and opens its operations.
const SWAGGER_INIT = `window.ui = SwaggerUIBundle({ url: document.getElementById('ui').dataset.url, dom_id: '#ui', validatorUrl: null, docExpansion: 'none',
  onComplete: () => document.getElementById('servers')?.setAttribute('aria-label', 'Servers') });`;
