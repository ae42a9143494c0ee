import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureInput, JOBS } from '../../markdown-writer/test/_helpers/history-input.ts';
import { renderPage } from '../src/lib/page.ts';
import { chromiumAvailable, chromiumSession, SCREENSHOTS } from './_chromium.ts';

const session = chromiumSession({ 'index.html': renderPage(fixtureInput()) });

const shown = (page: Page) =>
  page.$$eval('tbody#jobs > tr:not([hidden])', (rows) => rows.map((row) => row.getAttribute('data-index')));
const status = (page: Page) => page.getByRole('status').textContent();
// Scripts run in the page as strings: the project compiles without the DOM library.
const fragment = (page: Page) =>
  page.evaluate('new URLSearchParams(location.hash.slice(1)).toString()') as Promise<string>;
const focused = (page: Page) => page.evaluate('document.activeElement && document.activeElement.id');
/** A computed style of the first element `selector` finds. */
const style = (page: Page, selector: string, property: string) =>
  page.evaluate(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}))[${JSON.stringify(property)}]`,
  ) as Promise<string>;

/** WCAG 2 relative luminance of a CSS `rgb(r, g, b)` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(?:\.\d+)?/gu) ?? []).slice(0, 3).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** Indexes of the fixture jobs a filter keeps. */
const expected = (keep: (job: (typeof JOBS)[number], index: number) => boolean) =>
  JOBS.flatMap((job, index) => (keep(job, index) ? [String(index)] : []));

async function open(viewport = { width: 1280, height: 900 }, url = session.url('index.html')) {
  const page = await session.browser().newPage({ viewport });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, requests };
}

describe.skipIf(!chromiumAvailable)(
  'index.html in Chromium: the reader’s filters, address state, dark mode, phone',
  () => {
    it('filters by skill, visa, salary and age, keeps the filters in the address and restores them from it', async () => {
      const { page, requests } = await open();
      expect(await shown(page)).toEqual(expected(() => true));
      await page.getByLabel('Skill').selectOption('go');
      await page.getByLabel('Visa sponsorship').selectOption({ label: 'No visa sponsorship' });
      const goNoVisa = expected(
        (job) => job.skills?.includes('go') === true && job.visaSponsorship === false,
      );
      expect(goNoVisa.length).toBeGreaterThan(0);
      expect(await shown(page)).toEqual(goNoVisa);
      expect(await fragment(page)).toBe('skill=go&visa=no');
      expect(await status(page)).toBe(`${goNoVisa.length} of ${JOBS.length} jobs shown`);

      await page.getByLabel('Visa sponsorship').selectOption('');
      await page.getByLabel('Salary').selectOption('stated');
      await page.getByLabel('Age').selectOption('7');
      const withSalaryThisWeek = expected(
        (job, index) => job.skills?.includes('go') === true && job.salary !== undefined && index < 4,
      );
      expect(await shown(page)).toEqual(withSalaryThisWeek);
      const shared = page.url();
      expect(shared).toContain('#skill=go&salary=stated&age=7');

      // The shared address opens the same view in a new tab.
      const other = await open(undefined, shared);
      expect(await other.page.getByLabel('Skill').inputValue()).toBe('go');
      expect(await other.page.getByLabel('Age').inputValue()).toBe('7');
      expect(await shown(other.page)).toEqual(withSalaryThisWeek);
      await other.page.close();

      await page.getByLabel('Age').selectOption('new');
      await page.getByLabel('Skill').selectOption('');
      await page.getByLabel('Salary').selectOption('');
      expect(await shown(page)).toEqual(expected((job) => job.firstSeen === job.lastSeen));
      expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
      await page.close();
    }, 60_000);

    it('says so when nothing matches, and clears every filter from the keyboard', async () => {
      const { page } = await open(undefined, `${session.url('index.html')}#q=no-such-job&workplace=remote`);
      expect(await shown(page)).toEqual([]);
      expect(await status(page)).toBe(`0 of ${JOBS.length} jobs shown`);
      const empty = page.getByText('No jobs match these filters.');
      expect(await empty.isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Clear all filters' }).focus();
      await page.keyboard.press('Enter');
      expect(await shown(page)).toHaveLength(JOBS.length);
      expect(await empty.isVisible()).toBe(false);
      expect(await fragment(page)).toBe('');
      // Focus went back to the search field; Tab walks the filters in order.
      expect(await focused(page)).toBe('filter-text');
      await page.keyboard.type('engineer 1');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('filter-workplace');
      expect(await fragment(page)).toBe('q=engineer+1');
      await page.close();
    }, 60_000);

    it('has AA contrast in light and dark mode, and the dark colours follow prefers-color-scheme', async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await open();
        await page.emulateMedia({ colorScheme });
        const background = await style(page, 'body', 'backgroundColor');
        const soft = await style(page, 'form', 'backgroundColor');
        expect(background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
        const samples: Array<[string, string, string]> = [
          ['body text', 'body', background],
          ['muted', '.meta', background],
          ['link', 'tbody a', background],
          ['label', 'label', soft],
          ['new', '.new', background],
          ['header link', 'th button', soft],
        ];
        for (const [name, selector, behind] of samples)
          expect(
            contrast(await style(page, selector, 'color'), behind),
            `${colorScheme} ${name}`,
          ).toBeGreaterThanOrEqual(4.5);
        await page.screenshot({ path: join(SCREENSHOTS, `page-fixture.${colorScheme}.png`), fullPage: true });
        await page.close();
      }
    }, 60_000);

    it('reads on a phone: cards, no sideways scrolling, the chart within the width, filters usable', async () => {
      const { page } = await open({ width: 390, height: 844 });
      expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await style(page, 'tbody#jobs td', 'display')).toBe('block');
      expect(await page.$eval('thead', (head) => head.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
      const chart = await page.$eval('#trend svg', (svg) => svg.getBoundingClientRect().toJSON());
      expect(chart.width).toBeGreaterThan(300);
      expect(chart.width).toBeLessThanOrEqual(390);
      await page.getByLabel('Visa sponsorship').selectOption('yes');
      expect(await shown(page)).toEqual(expected((job) => job.visaSponsorship === true));
      expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(SCREENSHOTS, 'page-fixture.phone.png'), fullPage: true });
      await page.close();
    }, 60_000);

    it('escapes every value: the hostile title stays text', async () => {
      const { page } = await open();
      expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(1);
      expect(await page.locator('tbody#jobs tr').first().locator('td').nth(1).textContent()).toBe(
        JOBS[0]?.title,
      );
      await page.close();
    });
  },
);
