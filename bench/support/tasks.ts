import { performance } from 'node:perf_hooks';
import type { Connection } from 'mysql2/promise';
import { demoDistrict } from '../../db/demo/district';
import { generateEntity } from '../../db/demo/generate';
import { mulberry32 } from '../../db/demo/random';
import { OPEN_TASK_STATUSES, OUTCOMES_BY_TYPE, type TaskType } from '../../domain/tasks';
import { DEMO_SEED } from './million';

// A million task rows on MySQL/MariaDB for the benchmarks that read the task table (bench/inbox.ts, the
// dashboards of bench/dashboards.ts). The entities they name are the first 50,000 of the demo district at
// DEMO_SEED, so in bench/support/million.ts's database they join to the register.

const SEED = DEMO_SEED;
const BATCH = 5000;
const DAY = 86_400_000;
const COLUMNS = ['id', 'taskKey', 'type', 'title', 'status', 'departmentCode', 'assigneeUsername', 'creditCode', 'entityName', 'dueAt', 'escalationLevel', 'workflowId', 'createdAt', 'completedAt', 'outcome', 'comment', 'completedBy', 'allowedOutcomes', 'data'];

const sqlTime = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 23);

// --------------------------------------------------------------------------------------------------
// The fill: ~23 departments (Zipf: the market regulation bureau largest), ~140 assignees (every
// department's staff), 70% completed / 20% open / 10% claimed, deadlines over a year, 2% claim-pool
// tasks with 2–3 candidate departments (their task_candidates rows).

export interface TaskFillProfile {
  rows: number;
  seed: number;
  filledAt: string;
}

function generator(now: number) {
  const rng = mulberry32(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const between = (a: number, b: number) => a + rng() * (b - a);

  const departments = demoDistrict.departments.map((d) => d.code); // 22 bureaus + the district office
  const weights = departments.map((_, i) => 1 / (i + 1));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(((sum) => (w: number) => (sum += w / totalWeight))(0));
  const department = () => {
    const u = rng();
    const i = cumulative.findIndex((c) => u < c);
    return departments[i < 0 ? departments.length - 1 : i];
  };
  const staff = new Map<string, string[]>();
  for (const u of demoDistrict.users) {
    if (!u.roles.some((r) => r === 'clerk' || r === 'supervisor' || r === 'inspector')) continue;
    staff.set(u.departmentCode, [...(staff.get(u.departmentCode) ?? []), u.username]);
  }
  const items = new Map<string, Array<{ code: string; name: string; legalBasis: string }>>();
  for (const i of demoDistrict.licenseItems) items.set(i.departmentCode, [...(items.get(i.departmentCode) ?? []), i]);
  const candidateSets = demoDistrict.scopeCatalog.filter((c) => c.kind === 'unclear').map((c) => ({ wording: c.wording, departments: c.candidateDepartmentCodes }));
  const entities = Array.from({ length: 50_000 }, (_, i) => {
    const e = generateEntity(SEED, i);
    return { creditCode: e.creditCode, name: e.name };
  });
  const otherTypes: Array<[TaskType, number]> = [['receipt', 0.45], ['licenseDecision', 0.4], ['unlicensedOperationCheck', 0.15]];
  const titles: Partial<Record<TaskType, string>> = { claim: '认领', receipt: '接收双告知', licenseDecision: '发证反馈', unlicensedOperationCheck: '无证经营核查' };

  return function row(id: number): { values: unknown[]; candidates: string[]; isOpen: boolean } {
    const u = rng();
    const status = u < 0.7 ? 'completed' : u < 0.9 ? 'open' : 'claimed';
    const claim = rng() < 0.02;
    let type: TaskType = 'claim';
    if (!claim) {
      let t = rng();
      type = otherTypes.find(([, w]) => (t -= w) < 0)?.[0] ?? 'receipt';
    }
    const set = claim ? pick(candidateSets) : null;
    // A pooled task has no department until one of the candidates claims it.
    const departmentCode = set ? (status === 'open' ? null : pick(set.departments)) : department();
    const assignee = status === 'open' ? null : pick(staff.get(departmentCode!) ?? ['admin']);
    // Done work spreads over the past year; open work over the last two months and the next one.
    const dueAt = now + (status === 'completed' ? between(-335, 30) : between(-60, 30)) * DAY;
    const createdAt = dueAt - between(5, 28) * DAY;
    const completedAt = status === 'completed' ? Math.min(now, createdAt + between(0.05, 1.2) * (dueAt - createdAt)) : null;
    const overdueDays = (now - dueAt) / DAY;
    const escalationLevel = status === 'completed' ? (rng() < 0.08 ? 1 : rng() < 0.03 ? 2 : 0) : overdueDays > 7 ? 2 : overdueDays > 0 ? 1 : 0;
    const entity = pick(entities);
    const item = set ? null : pick(items.get(departmentCode!) ?? [{ code: 'L000', name: '其他许可', legalBasis: '' }]);
    const label = item ? item.name : set!.wording;
    const workflowId = `license-feedback:BENCH-${String(id).padStart(8, '0')}:${item ? item.code : 'P'}`;
    const outcomes = OUTCOMES_BY_TYPE[type];
    const data = { eventId: `BENCH-${id}`, licenseItem: item?.name ?? null, licenseItemCode: item?.code ?? null, scopeItems: [label], legalBasis: item?.legalBasis ?? null };
    return {
      values: [
        id,
        `${workflowId}/${type}`,
        type,
        `${titles[type] ?? type}：${entity.name}（${label}）`,
        status,
        departmentCode,
        assignee,
        entity.creditCode,
        entity.name,
        sqlTime(new Date(dueAt)),
        escalationLevel,
        workflowId,
        sqlTime(new Date(createdAt)),
        completedAt === null ? null : sqlTime(new Date(completedAt)),
        status === 'completed' ? pick(outcomes) : null,
        status === 'completed' && rng() < 0.2 ? '已处理' : null,
        status === 'completed' ? assignee : null,
        JSON.stringify(status === 'completed' ? [] : outcomes),
        JSON.stringify(data),
      ],
      candidates: set?.departments ?? [],
      isOpen: OPEN_TASK_STATUSES.includes(status),
    };
  };
}

/** Replaces the tasks with `rows` generated ones and records the fill under meta `marker`. */
export async function fillTasks(c: Connection, rows: number, marker: string): Promise<TaskFillProfile> {
  const now = Date.now();
  const row = generator(now);
  await c.query('TRUNCATE TABLE tasks');
  await c.query('TRUNCATE TABLE task_candidates');
  await c.query('DELETE FROM meta WHERE `key` = ?', [marker]);
  const t0 = performance.now();
  let generating = 0;
  for (let start = 1; start <= rows; start += BATCH) {
    const g = performance.now();
    const values: unknown[][] = [];
    const candidates: Array<[number, string, boolean]> = [];
    for (let id = start; id < Math.min(start + BATCH, rows + 1); id++) {
      const r = row(id);
      values.push(r.values);
      for (const d of r.candidates) candidates.push([id, d, r.isOpen]);
    }
    generating += performance.now() - g;
    await c.query(`INSERT INTO tasks (${COLUMNS.map((x) => `\`${x}\``).join(', ')}) VALUES ?`, [values]);
    if (candidates.length) await c.query('INSERT INTO task_candidates (taskId, departmentCode, isOpen) VALUES ?', [candidates]);
    const done = Math.min(start + BATCH - 1, rows);
    if (done % 100_000 === 0 || done === rows) {
      const s = (performance.now() - t0) / 1000;
      console.log(`  filled ${done.toLocaleString('en')} rows in ${s.toFixed(0)} s (${Math.round(done / s).toLocaleString('en')} rows/s)`);
    }
  }
  const insertS = (performance.now() - t0) / 1000;
  const a = performance.now();
  await c.query('ANALYZE TABLE tasks, task_candidates');
  console.log(`  fill: ${insertS.toFixed(1)} s (of which generating rows ${(generating / 1000).toFixed(1)} s), ANALYZE TABLE ${((performance.now() - a) / 1000).toFixed(1)} s`);
  const profile: TaskFillProfile = { rows, seed: SEED, filledAt: new Date(now).toISOString() };
  await c.query('INSERT INTO meta (`key`, value) VALUES (?, ?)', [marker, JSON.stringify(profile)]);
  return profile;
}
