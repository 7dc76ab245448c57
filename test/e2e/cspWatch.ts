import type { Page } from 'playwright-core';

// Shared by the browser tests that check a page runs under the Content-Security-Policy (api/security/headers.ts).

/** Collects the page's CSP violations across navigations (a binding survives them; a page variable would not). */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.context().exposeBinding('reportCspViolation', (_source, text: string) => void violations.push(text));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return violations;
}
