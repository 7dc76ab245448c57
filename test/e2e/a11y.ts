import fs from 'node:fs';
import type { Frame, Page } from 'playwright-core';

// Every page a browser test opens is checked as GB/T 37668 and WCAG 2.1 AA ask (axe-core's WCAG 2 A and AA
// rules) and, in the Chinese UI, for English a Chinese reader would meet. browser.ts attaches an audit to
// each session, so no test calls these checks itself; a finding fails the test when its session closes.

/** Evaluated in the page rather than added as a <script>: the CSP (script-src 'self') blocks inline scripts. */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Latin words allowed in the Chinese UI, each for a reason (matched whole, case-sensitive). Everything else of
 * three or more Latin letters is English a reader of the Chinese UI should not meet.
 */
const ALLOWED_WORDS = new Set([
  'Zongjian', // the product's name, as on the API docs and in the page title beside 综监
  'English', // the language switch names each language in itself
  'OpenAPI', // the name of the standard the API docs are written in
]);

/**
 * Latin text that is not language: URLs, e-mail addresses, units after a number, and codes, which hold a
 * digit: credit codes (GB 32100), hashes, document and record numbers such as a plan id, an inspection key
 * or an event id from another system ("SC-E2E-1", "routine:6f515023-…", "REG-5550ae2c").
 * Capitals alone are codes and abbreviations too: a department's code (SCJGJ, of 市场监管局), SHA-256, CSV;
 * English that leaks is words in lower or mixed case.
 */
const NOT_LANGUAGE = [
  /\bhttps?:\/\/\S+/g,
  /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g,
  /\d\s*(KB|MB|GB|px|ms)\b/g,
  /[\w:-]*\d[\w:-]*/g,
  /\b[A-Z]{2,}\b/g,
];

/** The part of a URL that names a page: ids (a segment with a digit or an escape) replaced, so one route is one page however many records it shows. */
export function routeOf(url: string): string {
  const u = new URL(url);
  const [hashPath] = u.hash.split('?');
  return (u.pathname + hashPath).replace(/\/[^/]*[\d%][^/]*(?=\/|$)/g, '/:id');
}

interface PageReport {
  href: string;
  /** The page's heading (react-admin's title, or the document's), so a route's different pages count as different. */
  heading: string;
  lang: string;
}

/** Waits in the page until it is quiet (no DOM change for a moment, no finite animation, no loading bar). */
async function settle(frame: Frame): Promise<PageReport> {
  return frame.evaluate(async () => {
    const QUIET_MS = 250;
    // A bound on the wait, not a timing assertion: on a loaded machine (two suites, two browsers, two cores) a page
    // may take longer to settle, and an audit of a button mid-transition reads a contrast nobody sees.
    const LIMIT_MS = 8_000;
    let last = Date.now();
    const observer = new MutationObserver(() => (last = Date.now()));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const start = Date.now();
    const busy = () =>
      document.readyState !== 'complete' ||
      document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity) ||
      document.querySelector('.MuiLinearProgress-root, .MuiSkeleton-root, [aria-busy="true"]') !== null;
    while (Date.now() - start < LIMIT_MS) {
      await new Promise((r) => setTimeout(r, 50));
      if (!busy() && Date.now() - last >= QUIET_MS) break;
    }
    observer.disconnect();
    const heading = (document.querySelector('#react-admin-title')?.textContent ?? document.title).trim();
    const dialog = document.querySelector('[role="dialog"] h2, [role="dialog"] [id$="title"]')?.textContent?.trim();
    return { href: location.href, heading: dialog ? `${heading} › ${dialog}` : heading, lang: document.documentElement.lang };
  });
}

export interface AxeFinding {
  rule: string;
  impact: string;
  target: string;
  message: string;
}

async function runAxe(frame: Frame): Promise<AxeFinding[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (tags) => {
    const axe = (window as any).axe;
    // The test goes on while the audit runs: a menu it opens meanwhile fades in, and axe reads its items' colours
    // mid-transition (1.06:1 for a select's options that are #212121 on white once open). A reading taken while
    // something moved is taken again once it has stopped; what a person sees is the page at rest.
    let moved = false;
    const mark = () => (moved = true);
    const moving = () => document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
    document.addEventListener('transitionrun', mark, true);
    document.addEventListener('animationstart', mark, true);
    let result: any;
    try {
      for (let reading = 0; reading < 3; reading++) {
        for (let waited = 0; waited < 100 && moving(); waited++) await new Promise((r) => setTimeout(r, 50));
        moved = false;
        // A notification (snackbar) comes and goes on its own, often while it fades in, when its colours are
        // mid-transition (axe read 1.03:1); react-admin's settled snackbar is white on #323232. So it is left out.
        result = await axe.run({ exclude: [['.MuiSnackbar-root']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        if (!moved && !moving()) break;
      }
    } finally {
      document.removeEventListener('transitionrun', mark, true);
      document.removeEventListener('animationstart', mark, true);
    }
    return result.violations.flatMap((v: any) =>
      v.nodes.map((n: any) => ({
        rule: v.id,
        impact: v.impact ?? '',
        target: n.target.join(' '),
        message: (n.any[0] ?? n.all[0] ?? n.none[0])?.message ?? v.help,
      })),
    );
  }, AXE_TAGS);
}

/** Visible Chinese-UI text and the names read out (title, aria-label, placeholder, alt), each with where it is. */
async function visibleTexts(frame: Frame): Promise<{ text: string; where: string }[]> {
  return frame.evaluate(() => {
    const where = (el: Element): string => {
      const testId = el.closest('[data-testid]');
      const own = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).slice(0, 2).join('.')}` : ''}`;
      return testId && testId !== el ? `${own} in [data-testid=${testId.getAttribute('data-testid')}]` : own;
    };
    // Text marked as in another language (lang="en": a raw technical message for an administrator, WCAG 3.1.2)
    // is said to be English, which is allowed; hidden text is not met.
    const chinese = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh');
    const shown = (el: Element) => chinese(el) && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true } as any);
    const texts: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (text && parent && !parent.closest('script, style, noscript') && shown(parent)) texts.push({ text, where: where(parent) });
    }
    for (const el of Array.from(document.querySelectorAll('[title], [aria-label], [placeholder], img[alt]'))) {
      if (!shown(el)) continue;
      for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) texts.push({ text: value, where: `${where(el)}[${attr}]` });
      }
    }
    if (document.title) texts.push({ text: document.title, where: 'title' });
    return texts;
  });
}

/** The English words of a text of the Chinese UI, once the allowed tokens are taken out. */
export function englishWords(text: string): string[] {
  const rest = NOT_LANGUAGE.reduce((t, pattern) => t.replace(pattern, ' '), text);
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED_WORDS.has(w));
}

const audits = new WeakMap<Page, PageAudit>();

/**
 * The audit of one session's page. `checked` is shared by a test file's sessions: each page (route and
 * heading) is checked once per file where a step or helper has settled on it, which keeps the check cheap;
 * a page checked only on passing by (which may have been before its data came) is checked again there.
 */
export class PageAudit {
  readonly findings: string[] = [];
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly page: Page,
    private readonly checked: Set<string>,
  ) {
    audits.set(page, this);
    // Pages the test passes through without a step of its own (a redirect, a page a click leads to) are
    // checked once they settle, if the test is still on them then.
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) void this.check(frame.url());
    });
  }

  /** Checks the page as it is once quiet; with `expectedUrl`, only if the page is still there. */
  check(expectedUrl?: string): Promise<void> {
    this.pending = this.pending.then(() => this.checkNow(expectedUrl)).catch((err: Error) => {
      // A page closed or navigated in the middle of a check is not a finding; anything else is.
      if (!/closed|destroyed|navigat|Target/i.test(err.message)) this.findings.push(`audit failed on ${this.page.url()}: ${err.message}`);
    });
    return this.pending;
  }

  private async checkNow(expectedUrl?: string): Promise<void> {
    if (this.page.isClosed()) return;
    const frame = this.page.mainFrame();
    if (!/^https?:/.test(frame.url())) return;
    const report = await settle(frame);
    if (expectedUrl !== undefined && report.href !== expectedUrl) return;
    const key = `${routeOf(report.href)} ${report.heading} ${report.lang}`;
    const settledKey = `settled ${key}`;
    const passingBy = expectedUrl !== undefined;
    if (this.checked.has(settledKey) || (passingBy && this.checked.has(key))) return;
    this.checked.add(passingBy ? key : settledKey);
    const page = `${routeOf(report.href)} (${report.heading})`;
    for (const f of await runAxe(frame)) this.findings.push(`${page}: axe ${f.rule} (${f.impact}) at ${f.target}: ${f.message}`);
    if (report.lang.startsWith('zh')) {
      for (const { text, where } of await visibleTexts(frame)) {
        const words = englishWords(text);
        if (words.length) this.findings.push(`${page}: English "${words.join(' ')}" in "${text.slice(0, 80)}" at ${where}`);
      }
    }
  }

  /** Waits for the checks under way, checks the page as it is now, and throws the session's findings. */
  async finish(): Promise<void> {
    await this.check();
    if (this.findings.length) {
      const unique = [...new Set(this.findings)];
      this.findings.length = 0;
      throw new Error(`accessibility and language (WCAG 2.1 AA, no English in the Chinese UI):\n  ${unique.join('\n  ')}`);
    }
  }
}

/** Checks `page` as it is now (a helper calls this where the page has settled on something worth checking). */
/** axe's findings on the page as it is this moment, not once it settles: for a state that passes, such as a list still loading. */
export const axeFindingsNow = (page: Page): Promise<AxeFinding[]> => runAxe(page.mainFrame());

export const auditPage = (page: Page): Promise<void> => audits.get(page)?.check() ?? Promise.resolve();
