import { describe, expect, it } from 'vitest';
import { slugify, stripUtm, templateId, withUtm } from './links.ts';

const utm = { source: 'github', medium: 'repo', campaign: 'github-backend-jobs' };
const suffix = 'utm_source=github&utm_medium=repo&utm_campaign=github-backend-jobs';

describe('slugify', () => {
  it.each([
    ['Senior Backend Developer (C#/.NET, Azure)', 'senior-backend-developer-cnet-azure'],
    ['Backend Developer till Malmö', 'backend-developer-till-malmo'],
    ['Senior Backend Developer – Node.js & TypeScript', 'senior-backend-developer-nodejs-typescript'],
    ['Software Engineer - Backend [Bengaluru, India]', 'software-engineer-backend-bengaluru-india'],
    [' Leading and trailing ', '-leading-and-trailing-'],
    ['Émoji 🚀 rocket', 'emoji-rocket'],
    ['日本語', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('UTM parameters', () => {
  it('appends to a link without a query', () => {
    expect(withUtm('https://jobr.pro', utm)).toBe(`https://jobr.pro?${suffix}`);
  });

  it('keeps the link’s own query and fragment byte for byte', () => {
    expect(withUtm('https://a.example/j?id=1&x=%20#apply', utm)).toBe(
      `https://a.example/j?id=1&x=%20&${suffix}#apply`,
    );
  });

  it('replaces UTM parameters the link already had', () => {
    expect(withUtm('https://a.example/j?utm_source=x&id=1', utm)).toBe(`https://a.example/j?id=1&${suffix}`);
  });

  it('strips exactly the category’s parameters back off', () => {
    expect(stripUtm(`https://a.example/j?id=1&${suffix}#f`, utm)).toBe('https://a.example/j?id=1#f');
    expect(stripUtm(`https://a.example/j?${suffix}`, utm)).toBe('https://a.example/j');
    expect(stripUtm('https://a.example/j?utm_source=other', utm)).toBe(
      'https://a.example/j?utm_source=other',
    );
  });

  it('takes the provider id for the link template', () => {
    expect(templateId('greenhouse:gitlab:31563488')).toBe('31563488');
    expect(templateId('31563488')).toBe('31563488');
  });
});
