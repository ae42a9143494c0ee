import { READER_FILES } from '@joblist/core-model';
import type { RenderInput } from '@joblist/markdown-writer';
import { feedChannel, feedItems } from './feed-item.ts';

/** The RSS feed's file name in a category repository. */
export const RSS_FILE = READER_FILES.rss;

// Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML character data and attribute values; drops characters XML cannot carry. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/gu, (char) => XML_ESCAPES[char] ?? char);
}

const element = (name: string, value: string, attributes = '') =>
  `<${name}${attributes}>${escapeXml(value)}</${name}>`;

/** RFC 822 date as RSS 2.0 wants it, in GMT: `Fri, 27 Nov 2026 20:30:00 GMT`. */
export const rfc822 = (date: Date): string => date.toUTCString();

/**
 * Renders `feed.xml` (RSS 2.0): the category's current openings in README order (newest first), each
 * with the job id as a non-permalink guid; its own address as `atom:link rel="self"` and its language.
 * Closed jobs are never items, and a job that reopens keeps its guid, so no reader sees it twice.
 * Byte-stable: every date comes from the data.
 */
export function renderRss(input: RenderInput): string {
  const channel = feedChannel(input);
  const items = feedItems(input).map((item) =>
    [
      '    <item>',
      `      ${element('title', item.title)}`,
      `      ${element('link', item.link)}`,
      `      ${element('guid', item.guid, ' isPermaLink="false"')}`,
      `      ${element('pubDate', rfc822(item.postedAt))}`,
      `      ${element('description', item.summary)}`,
      ...item.skills.map((skill) => `      ${element('category', skill)}`),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    ${element('title', channel.title)}`,
    `    ${element('link', channel.homePage)}`,
    `    ${element('description', channel.description)}`,
    `    <atom:link href="${escapeXml(channel.feedUrl(RSS_FILE))}" rel="self" type="application/rss+xml"/>`,
    `    ${element('language', channel.language)}`,
    `    ${element('lastBuildDate', rfc822(input.builtAt))}`,
    '    <generator>joblist</generator>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
