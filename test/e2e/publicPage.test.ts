import crypto from 'node:crypto';
import { writeDocument } from '../../db/chunks';
import { CREDIT_CODE_ALPHABET, makeCreditCode } from '../../domain/creditCode';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';
import { browserSuite, UI_WAIT, type Session } from './browser';
import { watchViolations } from './cspWatch';

// The public page as a citizen uses it, in Chromium without a login: searching and paging the results, the
// credit lists tab, and a plan's verification details folded away until opened — all under the CSP.
// The rows are arranged as the workflows' activities leave them (the flows themselves: spotCheck, cases).

const database = testDatabases[0]; // SQLite

describe('the public page', () => {
  let p: TestPlatform;
  const ui = browserSuite({ start: async () => [(p = await startPlatform(database, { worker: false }))], screenshotPrefix: 'zongjian-public-', expectedStatuses: [] });
  const code = (form: string) => makeCreditCode({ registrationDepartment: form[0], category: form[1], regionCode: '310116', organizationBase: Array.from(crypto.randomBytes(8), (b) => CREDIT_CODE_ALPHABET[b % 31]).join('') });
  const target = code('91');
  const individual = code('92');
  const poolHash = 'a'.repeat(64);

  let session: Session;
  let violations: string[];
  beforeAll(async () => {
    await p.db.models.publications.bulkCreate(
      Array.from({ length: 45 }, (_, i) => ({ kind: 'inspectionResult', refKey: `E2E-${i}`, creditCode: i === 7 ? target : code('91'), entityName: `上海页面测试${i}号有限公司`, departmentCode: 'SCJGJ', planId: null, content: { outcome: 'no_problem' }, dueAt: new Date(), publishedAt: new Date(Date.now() - i * 60_000) })),
    );
    const listing = (n: number, over: Record<string, unknown>) => ({ id: `E2E-CL-${n}`, creditCode: code('91'), entityName: `上海名单测试${n}号有限公司`, listType: 'abnormalOperationList', reason: '未按规定报送年度报告', documentNo: `金市监异〔2026〕${n}号`, authority: '金山区市场监督管理局', listedOn: '2026-02-01', expiresOn: null, status: 'active', endedOn: null, endReason: null, previousListingId: null, source: 'test', workflowId: `joint-punishment:E2E-${n}`, createdAt: new Date(), updatedAt: new Date(), ...over });
    await p.db.models.credit_listings.bulkCreate([
      ...Array.from({ length: 23 }, (_, i) => listing(i, {})),
      listing(100, { creditCode: individual, entityName: '王小二', listType: 'seriousViolationList', documentNo: '金市监列严〔2026〕5号', expiresOn: '2029-01-31' }),
      listing(101, { listType: 'dishonestDebtor', entityName: '上海法院名单测试有限公司', authority: '上海市金山区人民法院' }),
    ]);
    // An approved plan and its draw's commitments, as the approval leaves them.
    await p.db.models.inspection_plans.create({ id: 'SC-E2E-1', title: '2026年食品销售经营者双随机抽查', departmentCode: 'SCJGJ', jointDepartmentCodes: [], drawMode: 'single', receivingDepartmentCode: null, checkItemCodes: [], periodFrom: '2026-12-01', periodTo: '2026-12-31', entityFilter: {}, strata: [], inspectorFilter: {}, teamSize: 2, status: 'approved', createdBy: 'supervisor', createdAt: new Date(), workflowId: null });
    await p.db.models.draws.create({ planId: 'SC-E2E-1', algorithm: 'sha256-ctr', parameters: {}, poolHash, seedHashes: { entities: 'b'.repeat(64) }, seeds: {}, revealed: [], resultHash: null, committedAt: new Date(), drawnAt: null });
    // A plan whose draw found one eligible inspector for a team of five, as the plan's workflow leaves it.
    await p.db.models.inspection_plans.create({ id: 'SC-E2E-2', title: '2026年人手不足的双随机抽查', departmentCode: 'SCJGJ', jointDepartmentCodes: [], drawMode: 'planning', receivingDepartmentCode: null, checkItemCodes: [], periodFrom: '2026-12-01', periodTo: '2026-12-31', entityFilter: {}, strata: [{ key: 'all', count: 1 }], inspectorFilter: {}, teamSize: 5, status: 'understaffed', createdBy: 'clerk', createdAt: new Date(), workflowId: null });
    await p.db.models.draws.create({ planId: 'SC-E2E-2', algorithm: 'zj-draw-2', parameters: { strata: [{ key: 'all', count: 1 }], teamSize: 5, departmentCodes: [] }, poolHash, seedHashes: { entities: 'b'.repeat(64), teams: 'c'.repeat(64) }, seeds: {}, revealed: ['entities', 'teams'], resultHash: 'd'.repeat(64), committedAt: new Date(), drawnAt: new Date() });
    await p.db.writeTransaction(async (t) => {
      await writeDocument(p.db, 'SC-E2E-2', 'pool', JSON.stringify({ entities: [{ creditCode: target, stratum: 'all' }], inspectors: [{ credentialNo: 'E2E-C1', departmentCode: 'SCJGJ' }], recusals: [] }), t);
      await writeDocument(p.db, 'SC-E2E-2', 'result', JSON.stringify({ algorithm: 'zj-draw-2', strata: [{ key: 'all', poolSize: 1, drawn: 1 }], inspections: [{ creditCode: target, stratum: 'all', team: [], unstaffed: 'only 1 eligible inspector(s) for a team of 5' }], resultHash: 'd'.repeat(64) }), t);
    });
  });
  beforeEach(async () => {
    session = await ui.openSession(p);
    violations = await watchViolations(session.page);
  });
  afterEach(async () => {
    expect({ violations, errors: session.pageErrors }).toEqual({ violations: [], errors: [] });
    await session.close();
  });

  it('searches the results by name or credit code and pages through them', async () => {
    await ui.step('results', session, async (page) => {
      await page.goto('/public');
      const rows = page.locator('#results tbody tr');
      const pager = page.locator('#results-pager');
      await pager.getByText('共 45 条，第 1 / 3 页').waitFor({ timeout: UI_WAIT });
      await expect(rows.count()).resolves.toBe(20);
      await expect(pager.getByRole('button', { name: '上一页' }).isDisabled()).resolves.toBe(true);
      await pager.getByRole('button', { name: '下一页' }).click();
      await pager.getByText('第 2 / 3 页').waitFor();
      await rows.filter({ hasText: '上海页面测试20号有限公司' }).waitFor();
      await pager.getByRole('button', { name: '下一页' }).click();
      await pager.getByText('第 3 / 3 页').waitFor();
      await expect(rows.count()).resolves.toBe(5);
      await expect(pager.getByRole('button', { name: '下一页' }).isDisabled()).resolves.toBe(true);

      // A search starts again from its first page.
      await page.getByLabel('市场主体名称或统一社会信用代码').first().fill('页面测试1');
      await page.getByRole('button', { name: '查询' }).first().click();
      await pager.getByText('共 11 条，第 1 / 1 页').waitFor();
      await page.getByLabel('市场主体名称或统一社会信用代码').first().fill(target.slice(0, 15));
      await page.getByRole('button', { name: '查询' }).first().click();
      await pager.getByText('共 1 条').waitFor();
      await expect(rows.first().locator('td').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['上海页面测试7号有限公司', target]));
    });
  });

  it('folds a plan’s verification details away until opened', async () => {
    await ui.step('plan', session, async (page) => {
      await page.goto('/public');
      const row = page.locator('#plans tbody tr').filter({ hasText: 'SC-E2E-1' });
      await row.getByText('已批准待摇号').waitFor({ timeout: UI_WAIT });
      await expect(row.getByText(poolHash).isVisible()).resolves.toBe(false);
      await row.getByText('如何验证抽取结果').click();
      await row.getByText(poolHash).waitFor({ state: 'visible' });
      await row.getByText(`npm run cli -- draw verify SC-E2E-1 --url ${p.server.url}`).waitFor({ state: 'visible' });
    });
  });

  it('says so when a draw could not staff its teams: 未能组队 with the numbers, never 已完成', async () => {
    await ui.step('understaffed', session, async (page) => {
      await page.goto('/public');
      const row = page.locator('#plans tbody tr').filter({ hasText: 'SC-E2E-2' });
      await row.getByTestId('plan-status').filter({ hasText: '未能组队' }).waitFor({ timeout: UI_WAIT });
      await row.getByTestId('plan-staffing').filter({ hasText: '抽中 1 户，均未能组队，未开展检查：符合条件的执法人员仅 1 名，不足每组 5 名' }).waitFor();
      await expect(row.innerText()).resolves.not.toContain('已完成');
      await expect(row.innerText()).resolves.not.toContain('only 1 eligible');
    });
  });

  it('publishes the two credit lists, searchable and paged, with an operator’s name masked', async () => {
    await ui.step('credit', session, async (page) => {
      await page.goto('/public');
      await page.getByRole('tab', { name: '信用名单公示' }).click();
      const rows = page.locator('#listings tbody tr');
      const pager = page.locator('#listings-pager');
      await pager.getByText('共 24 条，第 1 / 2 页').waitFor({ timeout: UI_WAIT });
      await expect(page.locator('#results').isVisible()).resolves.toBe(false);
      const text = await page.locator('#credit').innerText();
      expect(text).not.toContain('上海法院名单测试有限公司');
      expect(text).not.toContain('王小二');
      await pager.getByRole('button', { name: '下一页' }).click();
      await pager.getByText('第 2 / 2 页').waitFor();
      await expect(rows.count()).resolves.toBe(4);

      await page.getByLabel('名单', { exact: true }).selectOption('seriousViolationList');
      await page.locator('#credit-search').getByRole('button', { name: '查询' }).click();
      await pager.getByText('共 1 条，第 1 / 1 页').waitFor();
      await expect(rows.first().locator('td').allInnerTexts()).resolves.toEqual(['王**', individual, '严重违法失信名单', '未按规定报送年度报告', '金市监列严〔2026〕5号', '金山区市场监督管理局', '2026-02-01', '2029-01-31']);
    });
  });
});
