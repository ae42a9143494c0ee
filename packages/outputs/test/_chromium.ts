import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The browser the tests drive: `CHROMIUM_PATH` (set by `.ci/run` to the Chromium or Chrome it found or installed), else Debian's. */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Whether Chromium is installed; the browser tests skip (with a message) when it is not. */
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable)
  console.warn(
    `skipping the browser tests: ${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM_PATH)`,
  );

/** Where the browser tests save their screenshots (`out/preview/`, as the readers' browser test does). */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../../out/preview');

/** Starts headless Chromium without network chatter, and makes the screenshot folder. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}

/** A browser and a temporary folder of files for one test file. */
export interface ChromiumSession {
  browser: () => Browser;
  /** The `file://` address of one of the session's files. */
  url: (name: string) => string;
}

/**
 * Starts Chromium before the file's tests (when it is installed) with `files` (name → content) written to a
 * temporary folder, and closes and removes both after them.
 */
export function chromiumSession(files: Record<string, string>): ChromiumSession {
  let browser: Browser | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    if (!chromiumAvailable) return;
    dir = await mkdtemp(join(tmpdir(), 'joblist-browser-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    browser: () => {
      if (!browser) throw new Error('Chromium is not running');
      return browser;
    },
    url: (name) => pathToFileURL(join(dir ?? '', name)).href,
  };
}
