import type { Category } from './category.ts';
import type { Site } from './site.ts';

/** Whether a category's repository gets the reader files (`index.html` among them): its own setting, else the site's. */
export function hasReaderFiles(
  site: Pick<Site, 'readerFiles'>,
  category: Pick<Category, 'readerFiles'>,
): boolean {
  return category.readerFiles ?? site.readerFiles;
}
