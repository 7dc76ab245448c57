import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { browserSuite, logIn, UI_WAIT } from './browser';
import { auditPage } from './a11y';
import { testDatabases } from '../support/databases';
import { newCreditCode, newRunTag } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// The export button of a list (the server's &format=xlsx with the list's filter and sort) and the printed
// dossier (A4, only the dossier). SQLite only; a failing step leaves a screenshot in /tmp.

const database = testDatabases[0]; // SQLite

async function downloaded(page: Page): Promise<{ name: string; header: string[]; rows: unknown[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: UI_WAIT }), page.getByTestId('export-xlsx').click()]);
  const file = path.join(os.tmpdir(), `zongjian-export-${crypto.randomBytes(4).toString('hex')}.xlsx`);
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  fs.rmSync(file, { force: true });
  const rows: unknown[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: download.suggestedFilename(), header: rows[0] as string[], rows: rows.slice(1) };
}

describe('list export and the printed dossier in the admin UI', () => {
  let p: TestPlatform;
  const run = newRunTag();
  const creditCode = newCreditCode();
  const entityName = `上海枫泾导出测试食品有限公司${run}`;
  // The printed dossier's entity: register data and nothing else, so its pages are few.
  const printCode = newCreditCode();
  const printName = `上海枫泾打印测试食品有限公司${run}`;

  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { worker: false }))],
    screenshotPrefix: 'zongjian-e2e-export-',
    expectedStatuses: [401],
  });

  beforeAll(async () => {
    const now = Date.now();
    const entity = (code: string, name: string) => ({ creditCode: code, name, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '王小明', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
    await p.db.models.entities.bulkCreate([entity(creditCode, entityName), entity(printCode, printName)]);
    // 40 tasks held by the market-regulation supervisor (more than one page of 25), half of them receipts.
    await p.db.models.tasks.bulkCreate(
      Array.from({ length: 40 }, (_, i) => ({
        taskKey: `ui-export-${run}-${i}`, type: i % 2 ? 'receipt' : 'claim', title: `导出按钮测试 ${i}`, status: 'open', departmentCode: 'SCJGJ', assigneeUsername: 'supervisor', creditCode, entityName,
        dueAt: new Date(now + (i + 1) * 86_400_000), escalationLevel: 0, workflowId: `ui-export-${run}-${i}`, createdAt: new Date(now - i * 1000), allowedOutcomes: ['received'], data: {},
      })),
    );
  });

  it('exports every page of the list the filter shows, as the server writes it, with a Chinese file name', async () => {
    await ui.inBrowser(p, 'export', async (page) => {
      await logIn(page, 'supervisor');
      const all = await downloaded(page);
      expect(all.name).toMatch(/^待办任务-\d{4}-\d{2}-\d{2}\.xlsx$/);
      expect(all.header.slice(0, 4)).toEqual(['任务类型', '标题', '状态', '市场主体']);
      expect(all.rows.length).toBe(40);
      expect(new Set(all.rows.map((r) => r[3]))).toEqual(new Set([entityName]));

      // The same list narrowed to receipts: the export follows the filter.
      await page.goto(`/#/tasks?filter=${encodeURIComponent(JSON.stringify({ status: ['open', 'claimed'], type: 'receipt' }))}`);
      await page.locator('[data-testid^="task-row-"]').first().waitFor();
      await auditPage(page);
      const receipts = await downloaded(page);
      expect(receipts.rows.length).toBe(20);
      expect(new Set(receipts.rows.map((r) => r[0]))).toEqual(new Set(['接收回执']));
    });
  });

  it('prints the dossier as A4 pages holding only the dossier: its heading, no menu, no buttons', async () => {
    await ui.inBrowser(p, 'print', async (page) => {
      await logIn(page, 'clerk');
      await page.goto(`/#/entities/${printCode}/show`);
      await page.locator('#react-admin-title').filter({ hasText: printName }).waitFor();
      await page.getByTestId('print-dossier').waitFor();
      await auditPage(page);

      await page.emulateMedia({ media: 'print' });
      const header = page.getByTestId('dossier-print-header');
      await header.waitFor();
      expect(await header.innerText()).toContain(printName);
      expect(await header.innerText()).toContain(printCode);
      for (const hidden of [page.getByTestId('print-dossier'), page.getByRole('menuitem', { name: /我的待办/ }), page.locator('header.MuiAppBar-root')]) {
        expect(await hidden.isVisible()).toBe(false);
      }
      await page.screenshot({ path: path.join(os.tmpdir(), `zongjian-e2e-export-dossier-print.png`), fullPage: true });
      // The page number box of the A4 page rule is one the browser understood (CSSOM drops what it does not).
      const pageRules = await page.evaluate(() => {
        const doc = (globalThis as any).document;
        const rules: string[] = [];
        for (const sheet of Array.from(doc.styleSheets) as any[]) {
          try {
            for (const rule of Array.from(sheet.cssRules) as any[]) if (String(rule.cssText).startsWith('@page')) rules.push(rule.cssText);
          } catch {
            // A stylesheet of another origin cannot be read; ours can.
          }
        }
        return rules.join('\n');
      });
      expect(pageRules).toMatch(/size: a4/i);
      expect(pageRules).toMatch(/@bottom-center\s*\{[^}]*counter\(page\)/);

      const bytes = await page.pdf({ format: 'A4', printBackground: true });
      fs.writeFileSync(path.join(os.tmpdir(), 'zongjian-e2e-export-dossier.pdf'), bytes);
      const pdf = bytes.toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(1);
      // Register data and empty sections: one page, two at most.
      expect(pages).toBeLessThanOrEqual(2);
      // A4 is 595×842 points.
      expect(pdf).toMatch(/\/MediaBox\s*\[0 0 59[56](\.\d+)? 84[12](\.\d+)?\]/);
      // The document's title (UTF-16 in the PDF's info; what a saved PDF is named) names the entity.
      const title = /\/Title\s*\(((?:\\.|[^\\)])*)\)|\/Title\s*<([0-9A-Fa-f]+)>/.exec(pdf);
      const titleText = title?.[2] ? Buffer.from(title[2].slice(4), 'hex').swap16().toString('utf16le') : (title?.[1] ?? '');
      expect(titleText).toContain(printName);
      await page.emulateMedia({ media: 'screen' });
    });
  });
});
