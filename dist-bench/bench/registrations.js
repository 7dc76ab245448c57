"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const node_perf_hooks_1 = require("node:perf_hooks");
const client_1 = require("@temporalio/client");
const worker_1 = require("@temporalio/worker");
const config_1 = require("../config");
const db_1 = require("../db");
const seed_1 = require("../db/seed");
const credentials_1 = require("../api/auth/credentials");
const server_1 = require("../api/server");
const worker_2 = require("../worker");
const events_1 = require("../test/support/events");
const cpu_1 = require("./support/cpu");
const common_1 = require("./support/common");
// Registration throughput of a whole platform on one machine (F3 双告知): a Temporal dev server of its own
// (in memory), a fresh database with the master data, and the worker and the API in this process, as
// test/support/platform.ts assembles them. Side by side, the rate of an empty workflow on the same server.
//
//   node dist-bench/bench/registrations.js [--n 1000] [--concurrency 16] [--sample-every 10]
//        [--warmup 20] [--db mysql|sqlite] [--database zj_bench] [--skip-empty] [--skip-registrations]
//
// MySQL: BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306); the database is dropped and created.
/** Two licensed items, each with its own competent department: one receipt task for SCJGJ, one for JTW. */
const SCOPE = '许可项目：食品销售；道路货物运输（不含危险货物）。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：日用百货销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';
const TASKS_PER_REGISTRATION = 2;
const quietLogger = { info() { }, warn() { }, error: console.error, debug() { }, trace() { }, log() { } };
async function http(method, url, token, body) {
    const res = await fetch(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed = text;
    try {
        parsed = text ? JSON.parse(text) : null;
    }
    catch {
        // keep the text
    }
    return { status: res.status, body: parsed };
}
async function main() {
    const f = (0, common_1.flags)();
    const n = f.num('n', 1000);
    const concurrency = f.num('concurrency', 16);
    const sampleEvery = f.num('sample-every', 10);
    const warmup = f.num('warmup', 20);
    const dbKind = f.get('db', 'mysql');
    if (dbKind !== 'mysql' && dbKind !== 'sqlite')
        throw new Error('--db is mysql or sqlite');
    const began = node_perf_hooks_1.performance.now();
    worker_1.Runtime.install({ logger: new worker_1.DefaultLogger('WARN') });
    const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), 'zj-bench-registrations-'));
    console.log(`machine:  ${(0, common_1.machine)()}`);
    console.log(`database: ${dbKind}${dbKind === 'mysql' ? ` (${await (0, common_1.mysqlInfo)()})` : ''}`);
    console.log(`run:      N=${n}, concurrency ${concurrency}, latency sample every ${sampleEvery}th, warm-up ${warmup}; work files in ${dir}`);
    const temporal = await (0, common_1.startTemporal)(node_path_1.default.join(dir, 'temporal.log'));
    const url = dbKind === 'sqlite' ? `sqlite:${node_path_1.default.join(dir, 'zongjian.sqlite')}` : await (0, common_1.freshMysqlDatabase)(f.get('database', 'zj_bench'));
    const db = await (0, db_1.openDb)(url);
    await (0, db_1.migrate)(db);
    await (0, seed_1.loadMasterData)(db);
    const config = (0, config_1.loadConfig)({
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: url,
        TEMPORAL_ADDRESS: temporal.address,
        TASK_QUEUE: `bench-${node_crypto_1.default.randomBytes(4).toString('hex')}`,
        LOG_LEVEL: 'silent',
        LOGIN_RATE_LIMIT: '1000',
    });
    const t = node_perf_hooks_1.performance.now();
    const platformWorker = await (0, worker_2.createWorker)(config); // bundles the project's workflows (dist-bench/workflows)
    console.log(`setup:    dev server at ${temporal.address}; workflow bundle + worker in ${((node_perf_hooks_1.performance.now() - t) / 1000).toFixed(1)} s`);
    const platformRun = platformWorker.worker.run();
    platformRun.catch((err) => {
        console.error('the platform worker failed:', err);
        process.exit(1);
    });
    const server = await (0, server_1.start)(config);
    const apiKey = await (0, credentials_1.createApiKey)(db, 'registration-system', ['registration:write']);
    const login = async (username) => {
        const r = await http('POST', `${server.url}/api/v1/session`, '', { username, password: seed_1.DEMO_PASSWORD });
        if (r.status !== 200)
            throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
        return r.body.token;
    };
    const clerk = await login('clerk');
    const admin = await login('admin');
    const pids = { node: process.pid, temporal: temporal.process.pid, database: dbKind === 'mysql' ? (0, cpu_1.findPid)('mariadbd', 'mysqld') : null };
    const rows = [['measure', 'N', 'conc.', 'elapsed s', 'per second', 'p50 ms', 'p99 ms', 'max ms']];
    const cpuRows = [['CPU seconds per 1000', 'node (API+worker+load)', 'temporal server', 'database']];
    const cpuRow = (label, used, count) => cpuRows.push([label, ...['node', 'temporal', 'database'].map((k) => (Number.isFinite(used[k]) ? ((used[k] / count) * 1000).toFixed(1) : '–'))]);
    // ------------------------------------------------------------------------------------------------
    // Baseline: start and finish an empty workflow, N times with the same concurrency, on its own queue.
    if (!f.has('skip-empty')) {
        const bundle = await (0, worker_1.bundleWorkflowCode)({ workflowsPath: require.resolve('./emptyWorkflow'), logger: quietLogger });
        const taskQueue = `bench-empty-${node_crypto_1.default.randomBytes(4).toString('hex')}`;
        const nativeConnection = await worker_1.NativeConnection.connect({ address: temporal.address });
        const worker = await worker_1.Worker.create({ connection: nativeConnection, namespace: 'default', taskQueue, workflowBundle: bundle });
        const running = worker.run();
        const connection = await client_1.Connection.connect({ address: temporal.address });
        const client = new client_1.Client({ connection, namespace: 'default' });
        const tag = node_crypto_1.default.randomBytes(4).toString('hex');
        const once = (id) => client.workflow.execute('empty', { taskQueue, workflowId: `bench-empty-${tag}-${id}` });
        await (0, common_1.pool)(50, concurrency, (i) => once(`warm-${i}`));
        const latencies = [];
        const cpu = (0, cpu_1.cpuMeter)(pids);
        const t0 = node_perf_hooks_1.performance.now();
        await (0, common_1.pool)(n, concurrency, async (i) => {
            const s = node_perf_hooks_1.performance.now();
            await once(String(i));
            latencies.push(node_perf_hooks_1.performance.now() - s);
        });
        const elapsed = (node_perf_hooks_1.performance.now() - t0) / 1000;
        cpuRow('empty workflow', cpu.since(), n);
        const s = (0, common_1.summary)(latencies);
        rows.push(['empty workflow: start → finished (execute)', n, concurrency, elapsed.toFixed(2), (n / elapsed).toFixed(1), (0, common_1.ms)(s.p50), (0, common_1.ms)(s.p99), (0, common_1.ms)(s.max)]);
        worker.shutdown();
        await running;
        await nativeConnection.close();
        await connection.close();
    }
    // ------------------------------------------------------------------------------------------------
    // Registrations through the API, each a fresh entity whose scope needs two departments' licenses.
    if (!f.has('skip-registrations')) {
        let posted = 0; // every accepted registration, warm-up included: the expected task count follows it
        const failures = [];
        const receiptTotal = async () => {
            const r = await http('GET', `${server.url}/api/v1/tasks?type=receipt&perPage=1`, admin);
            if (r.status !== 200)
                throw new Error(`listing tasks as admin: ${r.status} ${JSON.stringify(r.body)}`);
            return r.body.total;
        };
        const waitForAllTasks = async (timeoutMs) => {
            const deadline = node_perf_hooks_1.performance.now() + timeoutMs;
            while ((await receiptTotal()) < posted * TASKS_PER_REGISTRATION) {
                if (node_perf_hooks_1.performance.now() > deadline)
                    throw new Error(`only ${await receiptTotal()} of ${posted * TASKS_PER_REGISTRATION} receipt tasks after ${timeoutMs / 1000} s`);
                await (0, common_1.sleep)(50);
            }
        };
        /** From the POST's start until the clerk (SCJGJ) sees the entity's receipt task; polls every 20 ms. */
        const visibleAfter = async (creditCode, from) => {
            for (;;) {
                const r = await http('GET', `${server.url}/api/v1/tasks?entity=${creditCode}&type=receipt`, clerk);
                if (r.status === 200 && r.body.data.length > 0)
                    return node_perf_hooks_1.performance.now() - from;
                if (node_perf_hooks_1.performance.now() - from > 300_000)
                    return NaN;
                await (0, common_1.sleep)(20);
            }
        };
        const postOne = async (i, sample, postLatencies, visible) => {
            const event = (0, events_1.registration)({ businessScope: SCOPE, name: `上海枫泾基准${i}号食品有限公司` });
            const s = node_perf_hooks_1.performance.now();
            const r = await http('POST', `${server.url}/api/ext/v1/registrations`, apiKey, event);
            postLatencies.push(node_perf_hooks_1.performance.now() - s);
            if (r.status !== 202) {
                failures.push(`${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
                return;
            }
            posted++;
            // The watcher runs beside the load: it does not hold one of the `concurrency` slots.
            if (sample)
                visible.push(visibleAfter(event.entity.creditCode, s));
        };
        await (0, common_1.pool)(warmup, concurrency, (i) => postOne(-1 - i, false, [], []));
        await waitForAllTasks(120_000);
        const postLatencies = [];
        const visible = [];
        const cpu = (0, cpu_1.cpuMeter)(pids);
        const t0 = node_perf_hooks_1.performance.now();
        await (0, common_1.pool)(n, concurrency, (i) => postOne(i, i % sampleEvery === 0, postLatencies, visible));
        const acceptedAt = node_perf_hooks_1.performance.now();
        await waitForAllTasks(600_000);
        const doneAt = node_perf_hooks_1.performance.now();
        cpuRow('registration (2 tasks)', cpu.since(), n);
        const latencies = (await Promise.all(visible)).filter(Number.isFinite);
        const accepted = n - failures.length;
        const post = (0, common_1.summary)(postLatencies);
        const vis = (0, common_1.summary)(latencies);
        const acceptedS = (acceptedAt - t0) / 1000;
        const doneS = (doneAt - t0) / 1000;
        rows.push(['registrations: POST → 202 accepted', accepted, concurrency, acceptedS.toFixed(2), (accepted / acceptedS).toFixed(1), (0, common_1.ms)(post.p50), (0, common_1.ms)(post.p99), (0, common_1.ms)(post.max)]);
        rows.push([`registrations: all accepted + all ${accepted * TASKS_PER_REGISTRATION} tasks listed`, accepted, concurrency, doneS.toFixed(2), (accepted / doneS).toFixed(1), '', '', '']);
        rows.push([`POST → receipt task visible to clerk (1 in ${sampleEvery})`, vis.n, '', '', '', (0, common_1.ms)(vis.p50), (0, common_1.ms)(vis.p99), (0, common_1.ms)(vis.max)]);
        if (failures.length)
            console.log(`\n${failures.length} registration(s) not accepted, first: ${failures[0]}`);
    }
    console.log('');
    (0, common_1.table)(rows);
    console.log('');
    (0, common_1.table)(cpuRows);
    console.log(`\ntotal run time ${((node_perf_hooks_1.performance.now() - began) / 1000).toFixed(1)} s`);
    platformWorker.worker.shutdown();
    await platformRun;
    await platformWorker.close();
    await server.stop();
    await db.close();
    await temporal.stop();
    if (dbKind === 'sqlite')
        node_fs_1.default.rmSync(dir, { recursive: true, force: true });
    else
        console.log(`(the MySQL database is kept for inspection; the next run drops it; Temporal log in ${dir})`);
}
main().catch((err) => {
    console.error(err);
    process.exit(1);
});
//# sourceMappingURL=registrations.js.map