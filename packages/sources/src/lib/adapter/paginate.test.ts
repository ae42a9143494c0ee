import { describe, expect, it } from 'vitest';
import { SourceError } from '../types.ts';
import { type Page, type PagePosition, paginate } from './paginate.ts';

/** A fake API over `items` that serves at most `cap` items per page and records what was asked. */
function fakeApi(
  items: number[],
  cap: number,
  report: (page: number) => Omit<Page<number>, 'items'> = () => ({}),
) {
  const asked: PagePosition[] = [];
  const fetchPage = async (position: PagePosition): Promise<Page<number>> => {
    asked.push(position);
    return { items: items.slice(position.offset, position.offset + cap), ...report(position.page) };
  };
  return { asked, fetchPage };
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('paginate', () => {
  it('stops on a short page when the API reports no total', async () => {
    const api = fakeApi(range(25), 10);
    expect(await paginate(api.fetchPage, { pageSize: 10 })).toEqual(range(25));
    expect(api.asked).toEqual([
      { offset: 0, page: 0 },
      { offset: 10, page: 1 },
      { offset: 20, page: 2 },
    ]);
  });

  it('stops on an empty page when the last full page ends exactly at the end', async () => {
    const api = fakeApi(range(20), 10);
    expect(await paginate(api.fetchPage, { pageSize: 10 })).toEqual(range(20));
    expect(api.asked).toHaveLength(3);
  });

  it('advances by the items returned when the server caps the page size, using the reported total', async () => {
    const api = fakeApi(range(250), 100, () => ({ total: 250 }));
    expect(await paginate(api.fetchPage, { pageSize: 200 })).toEqual(range(250));
    expect(api.asked.map((position) => position.offset)).toEqual([0, 100, 200]);
  });

  it('stops once the reported total is reached without asking for an empty page', async () => {
    const api = fakeApi(range(20), 10, () => ({ total: 20 }));
    await paginate(api.fetchPage, { pageSize: 10 });
    expect(api.asked).toHaveLength(2);
  });

  it('walks page numbers from firstPage up to the reported page count', async () => {
    const api = fakeApi(range(30), 10, () => ({ pages: 2 }));
    expect(await paginate(api.fetchPage, { pageSize: 10, firstPage: 1 })).toEqual(range(20));
    expect(api.asked.map((position) => position.page)).toEqual([1, 2]);
  });

  it('gives up on a runaway API after maxPages pages', async () => {
    const endless = async () => ({ items: [1, 2, 3] });
    await expect(paginate(endless, { pageSize: 3, maxPages: 5 })).rejects.toThrow(SourceError);
    await expect(paginate(endless, { pageSize: 3, maxPages: 5 })).rejects.toThrow('after 5 pages');
  });
});
