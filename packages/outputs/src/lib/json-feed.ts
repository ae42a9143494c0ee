import type { RenderInput } from '@joblist/markdown-writer';
import { feedChannel, feedItem } from './feed-item.ts';

/** The JSON Feed's file name in a category repository. */
export const JSON_FEED_FILE = 'feed.json';

/** Renders `feed.json` (JSON Feed 1.1): the same items, order and ids as `feed.xml`. */
export function renderJsonFeed(input: RenderInput): string {
  const channel = feedChannel(input);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homePage,
    description: channel.description,
    items: input.jobs.map((job) => {
      const item = feedItem(job, input);
      return {
        id: item.guid,
        url: item.link,
        title: item.title,
        content_text: item.summary,
        date_published: item.postedAt.toISOString(),
        ...(item.skills.length > 0 ? { tags: item.skills } : {}),
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
