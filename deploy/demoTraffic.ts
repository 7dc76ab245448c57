import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db';
import { createApiKey, type ApiScope } from '../db/credentials';
import { generateEntity, REFERENCE_DATE } from '../db/demo/generate';
import { isTransient, withRetry } from '../config/retry';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/tasks';
import { shanghaiDate, type WorkingDayCalendar } from '../domain/workingDays';

// What the quick start adds on first run so every inbox and board has work to show, always through the
// platform's own APIs as the external systems and the demo users would call them: API keys for the demo
// external systems, newly registered entities, credit-list events, worked spot checks, and plans whose
// periods ended (or end soon) so the overdue and due-soon boards are not empty on day one.

const DEMO_SYSTEMS: Array<{ system: string; scopes: ApiScope[]; departmentCode?: string }> = [
  { system: 'registration-system', scopes: ['registration:write'] },
  { system: 'licensing-system', scopes: ['license:write'] },
  { system: 'credit-system', scopes: ['credit:write'] },
  // 金山区财政局's procurement system screens bidders; a restricted answer is a feedback task for CZJ.
  { system: 'procurement-system', scopes: ['screening:read'], departmentCode: 'CZJ' },
];

/** The platform answered 503: Temporal or the database is not ready yet (a dev server still opening its shards). */
class NotReadyYet extends Error {}

/**
 * fetch, tried again with backoff (bounded) while the platform answers 503 or cannot be reached, so a slow
 * start delays the demo instead of stopping `npm start`. Repeating is safe here: events carry fixed eventIds,
 * and a person's step that got a 503 was not taken (Temporal or the database could not be reached).
 */
async function fetchWhenReady(url: string, init?: RequestInit): Promise<Response> {
  return withRetry(
    async () => {
      const res = await fetch(url, init);
      if (res.status === 503) throw new NotReadyYet(`${init?.method ?? 'GET'} ${url}: 503 ${await res.text()}`);
      return res;
    },
    { retryable: (err) => err instanceof NotReadyYet || isTransient(err) },
  );
}

/**
 * Creates each demo system's key once and keeps them (mode 600) in DATA_DIR so the README can use them;
 * a data folder from an earlier version gets the systems added since.
 */
export async function demoApiKeys(db: Db, dataDir: string): Promise<Record<string, string>> {
  const file = path.join(dataDir, 'demo-api-keys.json');
  const keys: Record<string, string> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const missing = DEMO_SYSTEMS.filter((s) => !keys[s.system]);
  for (const s of missing) keys[s.system] = await createApiKey(db, s.system, s.scopes, s.departmentCode ?? null);
  if (missing.length) fs.writeFileSync(file, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
  return keys;
}

/**
 * Posts `count` establishment events for entities just past the demo register. Their eventIds are fixed,
 * so a second start posts the same events and the platform, idempotent, does nothing more.
 */
export async function postDemoRegistrations(baseUrl: string, key: string, options: { seed: number; firstIndex: number; count: number }): Promise<number> {
  let accepted = 0;
  for (let i = 0; i < options.count; i++) {
    const index = options.firstIndex + i;
    // The same body every time: a repeated event must be the same event.
    const { status: _status, ...entity } = generateEntity(options.seed, index);
    const res = await fetchWhenReady(`${baseUrl}/api/ext/v1/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ eventId: `DEMO-REG-${options.seed}-${index}`, action: 'establish', occurredAt: `${REFERENCE_DATE}T09:00:00+08:00`, entity: { ...entity, establishedOn: REFERENCE_DATE } }),
    });
    if (res.status === 202) accepted++;
    else throw new Error(`demo registration ${index} refused: ${res.status} ${await res.text()}`);
  }
  return accepted;
}

/** Calls the platform's API as one demo user, failing loudly on anything but success. */
async function as(baseUrl: string, username: string, password: string) {
  const login = await fetchWhenReady(`${baseUrl}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!login.ok) throw new Error(`demo login ${username}: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return async <T = any>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetchWhenReady(`${baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`demo ${username} ${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

async function poll<T>(what: string, fn: () => Promise<T | undefined | null | false>): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`demo: timed out waiting for ${what}`);
}

/**
 * One spot-check plan worked through end to end by the demo users, as people would in the UI: the clerk
 * plans, the supervisor approves, the clerk draws, each team records and confirms. So a fresh start has a
 * published plan, a verifiable draw and published results. Skipped when any plan is already published.
 */
export async function runDemoSpotCheck(baseUrl: string, password: string): Promise<string | null> {
  const published = (await (await fetchWhenReady(`${baseUrl}/public/v1/inspection-plans`)).json()) as { total: number };
  if (published.total > 0) return null;
  const clerk = await as(baseUrl, 'clerk', password);
  const supervisor = await as(baseUrl, 'supervisor', password);
  const plan = await clerk('POST', '/api/v1/inspection-plans', {
    title: '2026年第四季度食品经营者“双随机”抽查',
    checkItemCodes: ['SC001', 'SC002'],
    periodFrom: '2026-11-01',
    periodTo: '2026-12-31',
    entityFilter: { licenseItemCodes: ['L001'] },
    strata: [{ key: 'all', count: 6 }],
    teamSize: 2,
  });
  const task = async (user: typeof clerk, type: string) =>
    poll(`${type} task`, async () => (await user<{ data: any[] }>('GET', `/api/v1/tasks?type=${type}&status=open,claimed`)).data.find((t) => t.data.planId === plan.id));
  await supervisor('POST', `/api/v1/tasks/${(await task(supervisor, 'planApproval')).id}/complete`, { outcome: 'approved', comment: '同意' });
  await clerk('POST', `/api/v1/tasks/${(await task(clerk, 'draw')).id}/complete`, { outcome: 'drawn' });
  const inspections = await poll('drawn inspections', async () => {
    const rows = (await supervisor<{ data: any[] }>('GET', `/api/v1/inspections?planId=${plan.id}`)).data;
    return rows.length === 6 ? rows : null;
  });
  const outcomes = ['no_problem', 'no_problem', 'rectified_on_spot', 'no_problem', 'problem_found', 'no_problem'];
  for (const [n, i] of inspections.entries()) {
    const [first, second] = i.team as string[];
    const recorder = await as(baseUrl, first, password);
    const outcome = outcomes[n % outcomes.length];
    const results = [
      { checkItemCode: 'SC001', result: 'compliant' },
      outcome === 'no_problem' ? { checkItemCode: 'SC002', result: 'compliant' } : { checkItemCode: 'SC002', result: 'non_compliant', finding: '未按规定公示食品经营许可证' },
    ];
    await recorder('POST', `/api/v1/inspections/${i.id}/results`, { results, outcome });
    for (const member of [first, second]) {
      const call = member === first ? recorder : await as(baseUrl, member, password);
      const mine = await poll('inspection task', async () => (await call<{ data: any[] }>('GET', `/api/v1/tasks?type=inspection&assignee=me&status=claimed&entity=${i.creditCode}`)).data[0]);
      await call('POST', `/api/v1/tasks/${mine.id}/complete`, { outcome: 'confirmed' });
    }
  }
  return plan.id as string;
}

/**
 * Credit-list entries sent by the credit system as it would send them (fixed eventIds: a second start
 * changes nothing), one screening by the procurement system, and one run of the warning rules, so the
 * joint-punishment inboxes, the feedback board and the warnings board have something real to show.
 */
export async function runDemoJointPunishment(baseUrl: string, keys: Record<string, string>, password: string, options: { seed: number }): Promise<string> {
  const entity = (index: number) => generateEntity(options.seed, index);
  const post = async (event: object) => {
    const res = await fetchWhenReady(`${baseUrl}/api/ext/v1/credit-listings`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${keys['credit-system']}` }, body: JSON.stringify(event) });
    if (res.status !== 202) throw new Error(`demo credit listing refused: ${res.status} ${await res.text()}`);
    return (await res.json()) as { status: string };
  };
  const serious = entity(5);
  const listings = [
    { eventId: 'DEMO-CL-1', action: 'list', listType: 'seriousViolationList', creditCode: serious.creditCode, reason: '提供虚假材料取得登记，被处以罚款并责令改正', documentNo: '金市监列严〔2026〕3号', authority: '金山区市场监督管理局', listedOn: '2026-06-15' },
    { eventId: 'DEMO-CL-2', action: 'list', listType: 'abnormalOperationList', creditCode: entity(12).creditCode, reason: '未按规定期限公示2025年度报告', documentNo: '金市监异〔2026〕118号', authority: '金山区市场监督管理局', listedOn: '2026-07-01' },
    { eventId: 'DEMO-CL-3', action: 'list', listType: 'dishonestDebtor', creditCode: entity(20).creditCode, reason: '有履行能力而拒不履行生效法律文书确定的义务', documentNo: '（2026）沪0116执1024号', authority: '上海市金山区人民法院', listedOn: '2026-10-20' },
    { eventId: 'DEMO-CL-4', action: 'list', listType: 'abnormalOperationList', creditCode: entity(30).creditCode, reason: '通过登记的住所无法联系', documentNo: '金市监异〔2026〕57号', authority: '金山区市场监督管理局', listedOn: '2026-03-02' },
    { eventId: 'DEMO-CL-5', action: 'delist', listType: 'abnormalOperationList', creditCode: entity(30).creditCode, documentNo: '金市监异〔2026〕57号', exitType: 'removed', reason: '已办理住所变更登记，申请移出', delistedOn: '2026-09-08' },
  ];
  for (const l of listings) await post(l);
  // Every screening is a new question with its own feedback task: the demo asks once, not on every start.
  const czj = await as(baseUrl, 'czj-clerk', password);
  const asked = (await czj<{ data: unknown[] }>('GET', `/api/v1/tasks?type=screeningFeedback&entity=${serious.creditCode}`)).data.length > 0;
  if (!asked) {
    const screening = await fetchWhenReady(`${baseUrl}/api/ext/v1/screening?creditCode=${serious.creditCode}&scenario=government_procurement`, { headers: { authorization: `Bearer ${keys['procurement-system']}` } });
    if (!screening.ok) throw new Error(`demo screening: ${screening.status} ${await screening.text()}`);
  }
  const admin = await as(baseUrl, 'admin', password);
  const scan = await admin<{ raised: number }>('POST', '/api/v1/warning-scans', {});
  return `${listings.length} credit-list events, ${asked ? 'screening asked before' : '1 screening'}, warning scan raised ${scan.raised}`;
}

/**
 * A spot-check plan of the demo's backdated history: who plans and approves it, what it checks, and where
 * its period ends (the inspections' deadline) in working days from today, negative for the past.
 */
interface DemoDeadlinePlan {
  title: string;
  clerk: string;
  supervisor: string;
  checkItemCodes: string[];
  licenseItemCodes?: string[];
  count: number;
  periodEnd: (dueSoonWorkingDays: number) => number;
  /** The first inspection finds a suspected violation, so its enforcement case awaits the filing decision. */
  transferFirst?: { finding: string };
}

// Overdue means past the period's end: at once escalated to the department's supervisor (level 1), and to
// the district SECOND_ESCALATION_WORKING_DAYS later (level 2) — humanTasks' awaitWithEscalation, as ever.
const DEMO_DEADLINE_PLANS: DemoDeadlinePlan[] = [
  // Level 1 at 市场监管局 (`supervisor`, `clerk`): the period ended on the last working day.
  { title: '餐饮服务提供者经营行为“双随机”抽查', clerk: 'clerk', supervisor: 'supervisor', checkItemCodes: ['SC003'], licenseItemCodes: ['L001'], count: 2, periodEnd: () => -1 },
  // Level 2 (the district office, `district`) at 交通委 and 应急管理局: the second window has passed too.
  { title: '道路运输经营者经营行为“双随机”抽查', clerk: 'jtw-clerk', supervisor: 'jtw-supervisor', checkItemCodes: ['JT001'], licenseItemCodes: ['L003'], count: 2, periodEnd: () => -(SECOND_ESCALATION_WORKING_DAYS + 3) },
  { title: '危险化学品经营单位安全生产“双随机”抽查', clerk: 'yjglj-clerk', supervisor: 'yjglj-supervisor', checkItemCodes: ['YJ001'], licenseItemCodes: ['L004'], count: 1, periodEnd: () => -(SECOND_ESCALATION_WORKING_DAYS + 3) },
  // In progress and due soon (yellow) at 市场监管局, one finding already transferred to a case.
  {
    title: '企业公示信息“双随机”抽查',
    clerk: 'clerk',
    supervisor: 'supervisor',
    checkItemCodes: ['SC001'],
    count: 3,
    periodEnd: (dueSoon) => Math.min(1, dueSoon),
    transferFirst: { finding: '年度报告公示的从业人数、资产状况与实际明显不符，涉嫌隐瞒真实情况、弄虚作假' },
  },
];

/** The Shanghai date `n` working days from today's (before it when negative), on the platform's calendar. */
function workingDayFromToday(calendar: WorkingDayCalendar, now: Date, n: number): string {
  const DAY = 86_400_000;
  let day = Date.parse(shanghaiDate(now));
  for (let counted = 0; counted < Math.abs(n); ) {
    day += Math.sign(n) * DAY;
    if (calendar.isWorkingDay(new Date(day).toISOString().slice(0, 10))) counted++;
  }
  return new Date(day).toISOString().slice(0, 10);
}

/**
 * Plans whose periods ended or end soon, worked by the demo users as they would in the UI (the clerk
 * plans, the supervisor approves, the clerk draws), so the overdue board has tasks escalated to level 1
 * and 2 and the due-soon board has yellow ones at once; in the plan due soon, one inspection finds a
 * suspected violation, so a case awaits its filing decision. Each plan is found again by its title and
 * taken up where it stands, so a second start (or one interrupted halfway) adds nothing.
 */
export async function runDemoDeadlines(
  baseUrl: string,
  password: string,
  options: { calendar: WorkingDayCalendar; dueSoonWorkingDays: number; now?: Date },
): Promise<string> {
  const now = options.now ?? new Date();
  const plans = await Promise.all(DEMO_DEADLINE_PLANS.map((p) => workDemoPlan(baseUrl, password, p, workingDayFromToday(options.calendar, now, p.periodEnd(options.dueSoonWorkingDays)))));
  return plans.map((p) => `${p.title} (${p.periodTo}): ${p.status}`).join('; ');
}

async function workDemoPlan(baseUrl: string, password: string, p: DemoDeadlinePlan, periodTo: string): Promise<{ title: string; periodTo: string; status: string }> {
  const clerk = await as(baseUrl, p.clerk, password);
  const supervisor = await as(baseUrl, p.supervisor, password);
  const plansNamed = async () => (await clerk<{ data: any[] }>('GET', `/api/v1/inspection-plans?q=${encodeURIComponent(p.title)}`)).data.filter((x) => x.title === p.title);
  let plan = (await plansNamed())[0];
  if (!plan) {
    const periodFrom = shanghaiDate(new Date(Date.parse(periodTo) - 60 * 86_400_000));
    plan = await clerk('POST', '/api/v1/inspection-plans', {
      title: p.title,
      checkItemCodes: p.checkItemCodes,
      periodFrom,
      periodTo,
      entityFilter: p.licenseItemCodes ? { licenseItemCodes: p.licenseItemCodes } : {},
      strata: [{ key: 'all', count: p.count }],
      teamSize: 2,
    });
  }
  const statusOf = async () => (await clerk<any>('GET', `/api/v1/inspection-plans/${plan.id}`)).status as string;
  const settledFrom = (...waiting: string[]) => poll(`plan ${plan.id} past ${waiting.join(', ')}`, async () => { const s = await statusOf(); return !waiting.includes(s) && s; });
  const openTask = (user: typeof clerk, type: string) =>
    poll(`${type} task of plan ${plan.id}`, async () => (await user<{ data: any[] }>('GET', `/api/v1/tasks?type=${type}&status=open,claimed`)).data.find((t) => t.data.planId === plan.id));
  let status = await settledFrom('draft');
  if (status === 'pendingApproval') {
    await supervisor('POST', `/api/v1/tasks/${(await openTask(supervisor, 'planApproval')).id}/complete`, { outcome: 'approved', comment: '同意' });
    status = await settledFrom('pendingApproval');
  }
  if (status === 'approved') {
    await clerk('POST', `/api/v1/tasks/${(await openTask(clerk, 'draw')).id}/complete`, { outcome: 'drawn' });
    status = await settledFrom('approved');
  }
  if (p.transferFirst && status === 'inProgress') await transferFirstInspection(baseUrl, password, supervisor, plan.id, p, p.transferFirst.finding);
  return { title: p.title, periodTo: plan.periodTo ?? periodTo, status };
}

/** The team of the plan's first inspection records a suspected violation and both confirm: a case is transferred. */
async function transferFirstInspection(baseUrl: string, password: string, supervisor: Awaited<ReturnType<typeof as>>, planId: string, p: DemoDeadlinePlan, finding: string): Promise<void> {
  const inspections = await poll('drawn inspections', async () => {
    const rows = (await supervisor<{ data: any[] }>('GET', `/api/v1/inspections?planId=${planId}`)).data;
    return rows.length === p.count ? rows : null;
  });
  // Taken up again after an interruption: the inspection already recorded is the one to finish.
  const first = inspections.find((i) => i.status !== 'open') ?? [...inspections].sort((a, b) => a.id - b.id)[0];
  const [recorderName, second] = first.team as string[];
  const recorder = await as(baseUrl, recorderName, password);
  if (first.status === 'open') {
    const results = p.checkItemCodes.map((checkItemCode) => ({ checkItemCode, result: 'non_compliant', finding }));
    await recorder('POST', `/api/v1/inspections/${first.id}/results`, { results, outcome: 'suspected_violation', finding });
  }
  for (const member of [recorderName, second]) {
    const call = member === recorderName ? recorder : await as(baseUrl, member, password);
    const mine = (await call<{ data: any[] }>('GET', `/api/v1/tasks?type=inspection&assignee=me&status=claimed&entity=${first.creditCode}`)).data.find((t) => t.data.planId === planId);
    if (mine) await call('POST', `/api/v1/tasks/${mine.id}/complete`, { outcome: 'confirmed' });
  }
}

/**
 * One routine check (日常检查) the demo inspector takes part in and has not recorded yet, so 我的检查 — the
 * inspector's landing page — shows work of their own at once (a draw need not pick them). Started by the
 * inspector as in the UI; skipped when they already have an open routine check, so a second start adds nothing.
 */
export async function runDemoRoutineCheck(baseUrl: string, password: string): Promise<string> {
  const inspector = await as(baseUrl, 'inspector', password);
  const mine = (await inspector<{ data: any[] }>('GET', '/api/v1/inspections?member=me&sort=plannedDate')).data;
  const open = mine.find((i) => i.planId == null && i.status === 'open');
  if (open) return `routine check of ${open.entityName} already open`;
  const partner = (await inspector<{ data: any[] }>('GET', '/api/v1/users?role=inspector&department=SCJGJ&perPage=100')).data.find((u) => u.username !== 'inspector');
  const entity = (await inspector<{ data: any[] }>('GET', `/api/v1/entities?q=${encodeURIComponent('餐饮')}`)).data[0];
  if (!partner || !entity) return 'no partner or entity for a routine check';
  await inspector('POST', '/api/v1/routine-inspections', { creditCode: entity.creditCode, checkItemCodes: ['SC001'], team: ['inspector', partner.username] });
  return `routine check of ${entity.name ?? entity.creditCode} with ${partner.displayName}`;
}
