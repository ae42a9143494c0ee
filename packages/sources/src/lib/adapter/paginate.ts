import { SourceError } from '../types.ts';

/** Where the next page starts: the item offset (items received so far) and the page number. */
export interface PagePosition {
  offset: number;
  page: number;
}

/** One page as the API answered it. */
export interface Page<T> {
  items: T[];
  /** Total number of items, when the API reports it. */
  total?: number;
  /** Total number of pages, when the API reports it. */
  pages?: number;
}

/** Settings of {@link paginate}. */
export interface PaginateOptions {
  /** Items requested per page; a shorter page ends the walk unless the API reports a total. */
  pageSize: number;
  /** Number of the first page (`0` or `1`, as the API counts); defaults to `0`. */
  firstPage?: number;
  /** Pages after which the walk is abandoned as a runaway; defaults to 1000. */
  maxPages?: number;
}

/**
 * Walks an offset/limit or page-numbered API to the end and returns every item in order. The offset
 * advances by the items actually returned (servers may cap the page size below what was asked). The walk
 * stops on an empty page, once a reported `total` or `pages` count is reached, or, when the API reports
 * neither, on a page shorter than `pageSize`. Throws a {@link SourceError} after `maxPages` pages.
 */
export async function paginate<T>(
  fetchPage: (position: PagePosition) => Promise<Page<T>>,
  options: PaginateOptions,
): Promise<T[]> {
  const firstPage = options.firstPage ?? 0;
  const maxPages = options.maxPages ?? 1000;
  const items: T[] = [];
  for (let fetched = 0; fetched < maxPages; fetched++) {
    const page = await fetchPage({ offset: items.length, page: firstPage + fetched });
    items.push(...page.items);
    if (page.items.length === 0) return items;
    if (page.total !== undefined) {
      if (items.length >= page.total) return items;
    } else if (page.pages !== undefined) {
      if (fetched + 1 >= page.pages) return items;
    } else if (page.items.length < options.pageSize) {
      return items;
    }
  }
  throw new SourceError(`pagination did not end after ${maxPages} pages`);
}
