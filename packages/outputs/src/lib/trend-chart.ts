import { READER_FILES } from '@joblist/core-model';
import { formatMonthDay, type RenderInput } from '@joblist/markdown-writer';
import { dailyPostings, TREND_DAYS } from '@joblist/stats';
import { escapeXml } from './rss.ts';

/** The trend chart's file name in a category repository. */
export const CHART_FILE = READER_FILES.chart;

/** The chart's size and plot area, in pixels: one 5-pixel bar (2 apart) per day. */
const LAYOUT = { width: 680, height: 180, left: 40, top: 32, bar: 5, step: 7, plot: 120 } as const;

const DAY_MS = 86_400_000;

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value` (at least 1): the y axis's top. */
export function niceCeiling(value: number): number {
  let scale = 1;
  while (scale * 10 <= value) scale *= 10;
  return [1, 2, 5, 10].map((step) => step * scale).find((top) => top >= value) ?? 1;
}

/** A length rounded to a tenth of a pixel, written without float noise. */
const px = (value: number) => String(Math.round(value * 10) / 10);

/** The category's postings per day: the build's trend, or (without one) its rows' posting days. */
export function trendOf(input: RenderInput): readonly number[] {
  return (
    input.trend ??
    dailyPostings(
      input.jobs.map((job) => job.postedAt),
      input.builtAt,
    )
  );
}

/**
 * The trend chart, `trend.svg`: the category's postings per UTC day over the last 90 days ending on the build
 * day, one bar a day, with its axis top, first and last day, and a total; light and dark colours by
 * `prefers-color-scheme`. A static file with no script or external resource (GitHub renders it as an
 * image in the README; the page inlines it); deterministic: the same counts and build day give the same bytes.
 */
export function renderTrendChart(input: RenderInput): string {
  const counts = trendOf(input);
  const { width, height, left, top, bar, step, plot } = LAYOUT;
  const total = counts.reduce((sum, count) => sum + count, 0);
  const ceiling = niceCeiling(Math.max(0, ...counts));
  const base = top + plot;
  const first = new Date(input.builtAt.getTime() - (counts.length - 1) * DAY_MS);
  const title = `${input.category.role} postings per day, last ${TREND_DAYS} days: ${total} in all`;
  const bars = counts.flatMap((count, index) => {
    if (count === 0) return [];
    const day = formatMonthDay(new Date(first.getTime() + index * DAY_MS));
    const tall = (count / ceiling) * plot;
    return [
      `<rect class="trend-bar" x="${left + index * step + 1}" y="${px(base - tall)}" width="${bar}" height="${px(tall)}"><title>${day}: ${count}</title></rect>`,
    ];
  });
  const right = left + counts.length * step;
  const grid = [0, 0.5, 1].map((share) => {
    const y = px(base - share * plot);
    return `<line class="trend-grid" x1="${left}" y1="${y}" x2="${right}" y2="${y}"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="trend-title">`,
    `<title id="trend-title">${escapeXml(title)}</title>`,
    '<style>.trend-text{fill:#57606a;font:12px -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif}.trend-grid{stroke:#d0d7de;stroke-width:1}.trend-bar{fill:#0969da}@media (prefers-color-scheme:dark){.trend-text{fill:#9198a1}.trend-grid{stroke:#3d444d}.trend-bar{fill:#4493f8}}</style>',
    `<text class="trend-text" x="${left}" y="18">${escapeXml(title)}</text>`,
    ...grid,
    `<text class="trend-text" x="${left - 6}" y="${base + 4}" text-anchor="end">0</text>`,
    `<text class="trend-text" x="${left - 6}" y="${top + 4}" text-anchor="end">${ceiling}</text>`,
    ...bars,
    `<text class="trend-text" x="${left}" y="${height - 8}">${formatMonthDay(first)}</text>`,
    `<text class="trend-text" x="${right}" y="${height - 8}" text-anchor="end">${formatMonthDay(input.builtAt)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
