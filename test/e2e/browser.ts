// Debian's Chromium driven by playwright-core, and the little steps every e2e test repeats.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = path.resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

export const hasChromium = (): boolean => existsSync(CHROMIUM);

export async function launch(): Promise<Browser> {
  await mkdir(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

export async function login(page: Page, base: string, name: string, password: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Tên đăng nhập').fill(name);
  await page.getByLabel('Mật khẩu').fill(password);
  await Promise.all([page.waitForURL(/\/app\/search/), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
}

export async function logout(page: Page): Promise<void> {
  await Promise.all([page.waitForURL(/\/login/), page.getByRole('button', { name: 'Đăng xuất' }).click()]);
}

/** Form controls that no label names (hidden inputs and buttons aside). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  // The callback runs in the page (DOM types are not in this project's lib).
  return page.$$eval('input:not([type=hidden]), textarea, select', (els) =>
    els
      .map((el) => el as unknown as { labels: unknown[] | null; name: string; outerHTML: string; getAttribute(n: string): string | null })
      .filter((e) => !(e.labels && e.labels.length > 0) && !e.getAttribute('aria-label'))
      .map((e) => e.name || e.outerHTML.slice(0, 80)),
  );
}

/** True when the page needs no sideways scrolling at the current width. */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
    return g.document.documentElement.scrollWidth <= g.innerWidth + 1;
  });
}
