import { describe, expect, it } from 'vitest';
import { fixtureInput } from '../../markdown-writer/test/_helpers/history-input.ts';
import { niceCeiling, renderTrendChart } from '../src/lib/trend-chart.ts';

describe('trend.svg', () => {
  it('is the golden chart for the fixture (update with vitest -u after a deliberate change)', async () => {
    await expect(renderTrendChart(fixtureInput())).toMatchFileSnapshot('./trend/trend.svg');
  });

  it('is the same bytes when rendered again from the same data', () => {
    expect(renderTrendChart(fixtureInput())).toBe(renderTrendChart(fixtureInput()));
  });

  it('draws one bar per day with postings, scaled to a round axis top, with the total in its title', () => {
    const trend = Array.from({ length: 90 }, (_, index) => (index % 10 === 0 ? index / 10 : 0));
    const svg = renderTrendChart(fixtureInput({ trend }));
    expect(svg.match(/<rect /gu)).toHaveLength(8);
    expect(svg).toContain('postings per day, last 90 days: 36 in all</title>');
    expect(svg).toContain('text-anchor="end">10</text>');
    expect(svg).not.toMatch(/<script|href=|NaN|Infinity/u);
    const empty = renderTrendChart(fixtureInput({ trend: new Array(90).fill(0) }));
    expect(empty).not.toContain('<rect');
    expect(empty).toContain(': 0 in all');
  });

  it('rounds the axis top up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 2, 3, 7, 10, 11, 24, 60, 101].map(niceCeiling)).toEqual([
      1, 1, 2, 5, 10, 10, 20, 50, 100, 200,
    ]);
  });
});
