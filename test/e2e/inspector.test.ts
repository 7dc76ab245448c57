import crypto from 'node:crypto';
import type { Page } from 'playwright-core';
import { as, browserSuite, FLOW_WAIT, logIn, menuItem, notified } from './browser';
import { testDatabases } from '../support/databases';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// The demo inspector at work (issue 9): lands on 我的检查 (their own inspections, open ones first by planned
// date), opens one, uploads a photo as evidence, records the results with the on-site time and place, and
// starts a routine check from the UI — once in Chinese, once in English. SQLite only; a failing step leaves a
// screenshot in /tmp (zongjian-e2e-inspector-*.png).

const database = testDatabases[0]; // SQLite

/** A real 1×1 PNG, so the thumbnail is an image the browser draws. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PARTNER = 'scjgj-inspector-1';

interface Words {
  myInspections: string;
  uploaded: (name: string) => string;
  compliant: string;
  noProblem: string;
  recorded: string;
  entityLabel: RegExp;
  teamLabel: RegExp;
  save: string;
  started: string;
}

const ZH: Words = {
  myInspections: '我的检查',
  uploaded: (name) => `已上传：${name}`,
  compliant: '符合',
  noProblem: '未发现问题',
  recorded: '检查结果已录入',
  entityLabel: /^市场主体（名称或统一社会信用代码）/,
  teamLabel: /^检查组/,
  save: '保存',
  started: '日常检查已发起，已列入我的检查',
};
const EN: Words = {
  myInspections: 'My inspections',
  uploaded: (name) => `Uploaded: ${name}`,
  compliant: 'Compliant',
  noProblem: 'No problem found',
  recorded: 'Results recorded',
  entityLabel: /^Market entity \(name or unified social credit code\)/,
  teamLabel: /^Team/,
  save: 'Save',
  started: 'Routine check started; it is in My inspections',
};

/** `YYYY-MM-DDTHH:mm` in Shanghai, as a datetime-local input takes it. */
const shanghaiLocal = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);

describe('an inspector in the admin UI', () => {
  let p: TestPlatform;
  let inspector = '';
  let names: Record<string, string> = {};
  let entities: any[] = [];
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { entities: 60 }))],
    screenshotPrefix: 'zongjian-e2e-inspector-',
    expectedStatuses: [401],
  });

  beforeAll(async () => {
    inspector = await p.login('inspector');
    const users = (await p.api.get('/api/v1/users').set(as(inspector))).body.data as any[];
    names = Object.fromEntries(users.map((u) => [u.username, u.displayName]));
    entities = (await p.db.models.entities.findAll({ where: { status: 'active' }, order: [['creditCode', 'ASC']], raw: true })) as any[];
  });

  /** A routine check of the inspector and their partner, started through the API, as it shows in 我的检查. */
  async function routineFor(entity: any): Promise<any> {
    const started = await p.api.post('/api/v1/routine-inspections').set(as(inspector)).send({ creditCode: entity.creditCode, checkItemCodes: ['SC002'], team: ['inspector', PARTNER] });
    expect(started.status).toBe(202);
    return eventually(async () => ((await p.api.get('/api/v1/inspections').query({ member: 'me', entity: entity.creditCode }).set(as(inspector))).body.data as any[])[0], FLOW_WAIT, 'the routine inspection');
  }

  /** Opens 我的检查 from the menu, then the inspection's row. */
  async function openMine(page: Page, w: Words, id: number): Promise<void> {
    await menuItem(page, w.myInspections).click();
    await page.waitForURL(/#\/my-inspections(\?|$)/);
    const row = page.getByTestId(`my-inspection-row-${id}`);
    await row.waitFor();
    await row.locator('td').first().click();
    await page.waitForURL(new RegExp(`#/inspections/${id}/show$`));
  }

  /** Uploads the photo, records the results with the on-site time and place, and starts a routine check of `next`. */
  async function work(page: Page, w: Words, inspection: any, next: any): Promise<void> {
    // Evidence: a photo, shown as a thumbnail with who uploaded it; the hash folded away.
    const photo = `门头照片${w === ZH ? '甲' : '乙'}`;
    await page.getByTestId('evidence-input').setInputFiles({ name: photo, mimeType: 'image/png', buffer: PNG });
    await notified(page, w.uploaded(photo));
    const item = page.getByTestId('evidence').locator('[data-testid^="evidence-"]').filter({ hasText: photo }).first();
    await item.getByTestId('evidence-thumbnail').waitFor();
    await expect(item.getByTestId('evidence-uploaded').textContent()).resolves.toContain(names.inspector);
    await expect(item.getByTestId('evidence-hash').isVisible()).resolves.toBe(false);
    // People by name: the team and the uploader, never by login.
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/scjgj-inspector|\binspector\b/);
    const stored = (await p.db.models.evidence.findOne({ where: { inspectionId: inspection.id, fileName: photo }, raw: true })) as any;
    expect(stored.sha256).toBe(crypto.createHash('sha256').update(PNG).digest('hex'));

    // The results, with when and where the team was on site (the registered address is only the default).
    const place = `${inspection.entityAddress}（仓库）`;
    const onSite = Math.max(Date.now() - 20 * 60_000, Date.parse(`${shanghaiLocal(Date.now()).slice(0, 10)}T00:00:00+08:00`));
    await page.getByTestId('check-item-SC002').getByRole('radio', { name: w.compliant, exact: true }).check();
    await page.getByTestId('record-outcome').click();
    await page.getByRole('option', { name: w.noProblem, exact: true }).click();
    await page.locator('input[name="onSiteAt"]').fill(shanghaiLocal(onSite));
    await page.locator('input[name="onSitePlace"]').fill(place);
    await page.getByTestId('record-submit').click();
    await notified(page, w.recorded);
    await page.getByTestId('on-site-place').filter({ hasText: place }).waitFor();
    const recorded = (await p.api.get(`/api/v1/inspections/${inspection.id}`).set(as(inspector))).body;
    expect(recorded).toMatchObject({ status: 'recorded', onSitePlace: place });
    expect(shanghaiLocal(Date.parse(recorded.onSiteAt))).toBe(shanghaiLocal(onSite));

    // A routine check started from 我的检查: the entity found by a fragment of its name, the partner by name.
    await menuItem(page, w.myInspections).click();
    await page.getByTestId('start-routine').click();
    await page.waitForURL(/#\/my-inspections\/create$/);
    // By name in Chinese, by credit code in English: the one search takes either.
    await page.getByLabel(w.entityLabel).fill(w === ZH ? next.name : next.creditCode);
    await page.getByRole('option', { name: new RegExp(next.creditCode) }).click();
    await page.getByRole('checkbox', { name: /^SC002/ }).check();
    await page.getByLabel(w.teamLabel).click();
    await page.getByRole('option', { name: names[PARTNER], exact: true }).click();
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await notified(page, w.started);
    await page.waitForURL(/#\/my-inspections(\?|$)/);
    const started = await eventually(async () => ((await p.api.get('/api/v1/inspections').query({ member: 'me', entity: next.creditCode }).set(as(inspector))).body.data as any[])[0], FLOW_WAIT, 'the routine check started in the UI');
    expect(started).toMatchObject({ kind: 'routine', status: 'open', checkItemCodes: ['SC002'], team: ['inspector', PARTNER] });
    // The list shows it once the workflow has written it (the list refreshes on the next visit).
    await eventually(async () => {
      await page.reload();
      await page.locator('[data-testid^="my-inspection-row-"]').first().waitFor();
      return (await page.getByTestId(`my-inspection-row-${started.id}`).count()) > 0;
    }, FLOW_WAIT, 'the new row in the list');
  }

  it('in Chinese: lands on 我的检查, uploads a photo, records with the on-site time and place, starts a routine check', async () => {
    const [first, later] = [await routineFor(entities[0]), await routineFor(entities[1])];
    await ui.inBrowser(p, 'zh', async (page) => {
      const landed = await logIn(page, 'inspector', 'my-inspections');
      expect(landed).toMatch(/^#\/my-inspections/);
      // Open ones first, by planned date: both new checks are due in 14 days, in the order they were started.
      const rows = page.locator('[data-testid^="my-inspection-row-"]');
      await page.getByTestId(`my-inspection-row-${later.id}`).waitFor();
      const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
      expect(ids.indexOf(`my-inspection-row-${first.id}`)).toBeLessThan(ids.indexOf(`my-inspection-row-${later.id}`));
      const row = page.getByTestId(`my-inspection-row-${first.id}`);
      await row.filter({ hasText: first.entityAddress }).waitFor();
      await row.filter({ hasText: '日常检查' }).waitFor();
      await row.getByTestId('due-chip').waitFor();
      await openMine(page, ZH, first.id);
      await work(page, ZH, first, entities[2]);
    });
  }, 120_000);

  it('in English: the same, with the English labels', async () => {
    const mine = await routineFor(entities[3]);
    await ui.inBrowser(p, 'en', async (page) => {
      await logIn(page, 'inspector', 'my-inspections');
      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await menuItem(page, 'My inspections').waitFor();
      await openMine(page, EN, mine.id);
      await page.getByText('Evidence', { exact: true }).waitFor();
      await work(page, EN, mine, entities[4]);
    });
  }, 120_000);
});
