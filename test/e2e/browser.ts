import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../db/seed';

// What every browser test shares: Debian's Chromium (never a downloaded browser), logging in through the
// form, the menu and the action notifications.

/** Without the background-networking flags Chromium keeps calling out of this closed network. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** Logs in through the login form, as a person would; the landing page is 我的待办. */
export async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel(/^用户名/).fill(username);
  await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(/#\/tasks(\?|$)/);
  await page.locator('#react-admin-title').filter({ hasText: '我的待办' }).waitFor();
}

export const menuItem = (page: Page, name: string): Locator => page.getByRole('menuitem', { name, exact: true });

/** Waits for the notification (the snackbar) of an action; a failure notification fails at once, with its text. */
export async function notified(page: Page, text: string): Promise<void> {
  const alert = page.locator('.MuiSnackbar-root').getByRole('alert').filter({ hasText: new RegExp(`${text}|失败`) }).first();
  await alert.waitFor();
  expect((await alert.textContent())?.trim()).toBe(text);
}
