import { READER_FILES } from '@joblist/core-model';
import type { RenderInput } from '@joblist/markdown-writer';
import { feedChannel, feedItems } from './feed-item.ts';

/** The JSON Feed's file name in a category repository. */
export const JSON_FEED_FILE = READER_FILES.jsonFeed;

/** Renders `feed.json` (JSON Feed 1.1): the same items, order and ids as `feed.xml`, with its own address as `feed_url`. */
export function renderJsonFeed(input: RenderInput): string {
  const channel = feedChannel(input);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homePage,
    feed_url: channel.feedUrl(JSON_FEED_FILE),
    description: channel.description,
    language: channel.language,
    items: feedItems(input).map((item) => ({
      id: item.guid,
      url: item.link,
      title: item.title,
      content_text: item.summary,
      date_published: item.postedAt.toISOString(),
      ...(item.skills.length > 0 ? { tags: item.skills } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
