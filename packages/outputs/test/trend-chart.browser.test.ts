import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureInput } from '../../markdown-writer/test/_helpers/history-input.ts';
import { renderTrendChart } from '../src/lib/trend-chart.ts';
import { chromiumAvailable, chromiumSession, SCREENSHOTS } from './_chromium.ts';

const svg = renderTrendChart(fixtureInput());
const session = chromiumSession({ 'trend.svg': svg });

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe.skipIf(!chromiumAvailable)('trend.svg in Chromium', () => {
  it('loads as a file, paints at 680×180, and is not blank', async () => {
    const page = await session.browser().newPage({ viewport: { width: 800, height: 300 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(session.url('trend.svg'));
    expect(await page.evaluate('document.documentElement.localName')).toBe('svg');
    const shot = await page.locator('svg').screenshot({ path: join(SCREENSHOTS, 'trend.png') });
    expect(pngSize(shot)).toEqual({ width: 680, height: 180 });
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);

    // As an image (the way GitHub shows it in a README), drawn into a canvas: bars and text paint pixels.
    await page.goto('about:blank');
    await page.setContent('<canvas width="680" height="180"></canvas>');
    // A string script: the project compiles without the DOM library.
    const painted = (await page.evaluate(`(async () => {
      const image = new Image();
      image.src = 'data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}';
      await image.decode();
      const context = document.querySelector('canvas').getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, 680, 180);
      let opaque = 0;
      let blue = 0;
      for (let index = 0; index < data.length; index += 4) {
        if (data[index + 3] > 0) opaque++;
        if (data[index] === 9 && data[index + 1] === 105 && data[index + 2] === 218) blue++;
      }
      return { size: [image.naturalWidth, image.naturalHeight], opaque, blue };
    })()`)) as { size: number[]; opaque: number; blue: number };
    expect(painted.size).toEqual([680, 180]);
    // 14 days with one posting each, so 14 bars at full height (5 × 120 pixels each) in the bar colour #0969da.
    expect(svg.match(/<rect [^>]* width="5" height="120">/gu)).toHaveLength(14);
    expect(painted.blue).toBe(14 * 5 * 120);
    expect(painted.opaque).toBeGreaterThan(painted.blue);
    await page.close();
  }, 60_000);
});
