import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IMPORTS_IN_FLIGHT_METRIC, OPEN_TASKS_METRIC, STUCK_PROCESSES_METRIC, SUBSCRIPTION_LAG_METRIC } from '../api/operations/metrics';

// What an operator watches (README, Operations): the alert rules (deploy/prometheus/alerts.yml) are valid for
// Prometheus and fire on the series that should raise them and not on their neighbours (promtool's unit tests,
// alerts.test.yml); the Grafana dashboard's queries (deploy/grafana/zongjian.json) are valid PromQL; and both name
// only metrics the platform exports, so a renamed metric cannot leave an alert or a panel watching nothing.
// promtool comes from Debian's prometheus package (deploy/install-promtool.sh).

const root = path.join(__dirname, '..');
const rulesDir = path.join(root, 'deploy', 'prometheus');
const promtool = execFileSync('bash', [path.join(root, 'deploy', 'install-promtool.sh')], { encoding: 'utf8' }).trim().split('\n').pop()!;
const run = (cwd: string, ...args: string[]) => execFileSync(promtool, args, { cwd, encoding: 'utf8' });

/**
 * The platform's metrics as PromQL names them: the API's (api/app.ts, api/operations/metrics.ts), the worker's
 * (workflows/interceptors.ts, worker/activityRetries.ts, and the Temporal SDK's that test/workerMetrics.test.ts
 * scrapes), and Prometheus's own `up`.
 */
const EXPORTED = [
  STUCK_PROCESSES_METRIC, OPEN_TASKS_METRIC, IMPORTS_IN_FLIGHT_METRIC, SUBSCRIPTION_LAG_METRIC, 'http_request_duration_seconds_count', 'http_request_duration_seconds_bucket', 'up',
  'zongjian_workflows_started', 'zongjian_activity_retries', 'temporal_workflow_failed', 'temporal_worker_task_slots_available',
];
/** Figures shown but not alerted on: an import in review is a person's to finish; how many processes start is load, not a fault. */
const NOT_ALERTED = [IMPORTS_IN_FLIGHT_METRIC, 'zongjian_workflows_started'];
/**
 * The metric names a PromQL expression reads: its words once the label selectors, the `by (…)` groupings and the
 * ranges are taken out, less the functions (a word followed by an opening bracket) and the aggregation keywords.
 */
const metricsOf = (expr: string) =>
  [...expr.replace(/\{[^}]*\}|\bby\s*\([^)]*\)|\[[^\]]*\]/g, ' ').matchAll(/\b([a-z_]+)\b(?!\s*\()/g)].map((m) => m[1]).filter((n) => !['by', 'without', 'and', 'or', 'unless'].includes(n));

const alertExpressions = () => [...fs.readFileSync(path.join(rulesDir, 'alerts.yml'), 'utf8').matchAll(/expr: >?\s*([\s\S]*?)\n\s+(?:for|labels):/g)].map((m) => m[1].trim());
const dashboard = JSON.parse(fs.readFileSync(path.join(root, 'deploy', 'grafana', 'zongjian.json'), 'utf8'));
const panelExpressions = (): string[] => dashboard.panels.flatMap((p: any) => p.targets.map((t: any) => t.expr as string));

describe('alert rules (deploy/prometheus)', () => {
  it('are valid rules', () => {
    expect(run(rulesDir, 'check', 'rules', 'alerts.yml')).toContain('SUCCESS: 9 rules found');
  });

  it('fire when they should and not otherwise (promtool test rules)', () => {
    expect(run(rulesDir, 'test', 'rules', 'alerts.test.yml')).toContain('SUCCESS');
  });

  it('watch only metrics the platform exports', () => {
    const expressions = alertExpressions();
    expect(expressions).toHaveLength(9);
    expect([...new Set(expressions.flatMap(metricsOf))].filter((n) => !EXPORTED.includes(n))).toEqual([]);
    expect([...new Set(expressions.flatMap(metricsOf))].sort()).toEqual(EXPORTED.filter((n) => !NOT_ALERTED.includes(n)).sort());
  });
});

describe('Grafana dashboard (deploy/grafana/zongjian.json)', () => {
  it('asks only valid PromQL (each panel’s query checked by promtool as a recording rule)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zongjian-dashboard-'));
    const rules = panelExpressions().map((expr, i) => `      - record: zongjian_dashboard_panel_${i + 1}\n        expr: ${JSON.stringify(expr)}`).join('\n');
    fs.writeFileSync(path.join(dir, 'panels.yml'), `groups:\n  - name: dashboard\n    rules:\n${rules}\n`);
    expect(run(dir, 'check', 'rules', 'panels.yml')).toContain(`SUCCESS: ${panelExpressions().length} rules found`);
  });

  it('reads only metrics the platform exports, and shows every one of them', () => {
    const named = new Set(panelExpressions().flatMap(metricsOf));
    expect([...named].filter((n) => !EXPORTED.includes(n))).toEqual([]);
    expect(EXPORTED.filter((n) => !named.has(n))).toEqual([]);
  });

  it('asks its Prometheus as a variable, so it imports into any Grafana', () => {
    expect(dashboard.templating.list).toContainEqual(expect.objectContaining({ name: 'datasource', type: 'datasource', query: 'prometheus' }));
    for (const p of dashboard.panels) expect([p.title, p.datasource.uid]).toEqual([p.title, '${datasource}']);
  });
});
