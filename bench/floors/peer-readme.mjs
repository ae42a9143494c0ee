// The plain-Node floor of the peer job: read SimplifyJobs listings, keep the open ones, newest first, and
// write one Markdown table of them. Usage: node peer-readme.mjs <listings.json> <README.md>
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const listings = JSON.parse(readFileSync(input, 'utf8'));
const open = listings.filter((listing) => listing.active && listing.is_visible !== false);
open.sort((a, b) => b.date_posted - a.date_posted);
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ').trim();
const day = (seconds) =>
  new Date(seconds * 1000).toLocaleDateString('en-US', { month: 'short', day: '2-digit', timeZone: 'UTC' });
const rows = open.map(
  (listing) =>
    `| ${cell(listing.company_name)} | ${cell(listing.title)} | ${cell((listing.locations ?? []).join(', '))} | [Apply](${listing.url}) | ${day(listing.date_posted)} |`,
);
writeFileSync(
  output,
  [
    '| Company | Role | Location | Application | Date Posted |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n'),
);
