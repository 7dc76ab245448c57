import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OPEN_TASKS_METRIC, STUCK_PROCESSES_METRIC, SUBSCRIPTION_LAG_METRIC } from '../api/operations/metrics';

// The operator's alert rules (deploy/prometheus/alerts.yml): valid for Prometheus, each firing on the series that
// should raise it and not on its neighbour (promtool's unit tests, alerts.test.yml), and naming only metrics the
// platform exports, so a renamed metric cannot leave an alert watching nothing. promtool comes from Debian's
// prometheus package (deploy/install-promtool.sh, run by `npm test`).

const dir = path.join(__dirname, '..', 'deploy', 'prometheus');
const promtool = execFileSync('bash', [path.join(__dirname, '..', 'deploy', 'install-promtool.sh')], { encoding: 'utf8' }).trim().split('\n').pop()!;
const run = (...args: string[]) => execFileSync(promtool, args, { cwd: dir, encoding: 'utf8' });

describe('alert rules (deploy/prometheus)', () => {
  it('are valid rules', () => {
    expect(run('check', 'rules', 'alerts.yml')).toContain('SUCCESS: 6 rules found');
  });

  it('fire when they should and not otherwise (promtool test rules)', () => {
    expect(run('test', 'rules', 'alerts.test.yml')).toContain('SUCCESS');
  });

  it('watch only metrics the platform exports (and Prometheus’s own `up`)', () => {
    const exported = [STUCK_PROCESSES_METRIC, OPEN_TASKS_METRIC, SUBSCRIPTION_LAG_METRIC, 'http_request_duration_seconds_count', 'http_request_duration_seconds_bucket', 'up'];
    const rules = fs.readFileSync(path.join(dir, 'alerts.yml'), 'utf8');
    const expressions = [...rules.matchAll(/expr: >?\s*([\s\S]*?)\n\s+(?:for|labels):/g)].map((m) => m[1]);
    expect(expressions).toHaveLength(6);
    const named = new Set(expressions.flatMap((e) => [...e.matchAll(/\b([a-z_]+)(?=\{|\s*[)=]|\[)/g)].map((m) => m[1])).filter((n) => n.includes('_') || n === 'up'));
    for (const n of ['sum', 'rate', 'delta', 'histogram_quantile']) named.delete(n);
    expect([...named].filter((n) => !exported.includes(n))).toEqual([]);
    expect([...named].sort()).toEqual([...exported].sort());
  });
});
