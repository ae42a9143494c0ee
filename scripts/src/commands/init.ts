import { INIT_TEMPLATE, initSite } from '@joblist/deploy';
import { defineCommand } from 'citty';
import { commandMeta } from './meta.ts';

/** `joblist init`: writes `joblist.config.ts` for a new site; never overwrites one. */
export default defineCommand({
  meta: commandMeta('init'),
  args: {
    org: { type: 'string', required: true, description: 'GitHub organisation of the category repositories' },
    'brand-name': { type: 'string', required: true, description: 'Brand every README speaks for' },
    'brand-url': { type: 'string', required: true, description: 'Brand link (http or https)' },
    'brand-email': { type: 'string', required: true, description: 'Contact e-mail shown in the READMEs' },
    tagline: { type: 'string', description: 'Bold words after "Visit <brand> —"' },
    pitch: { type: 'string', description: 'The sentence under the Visit line' },
    summary: { type: 'string', description: 'Short description in the archive footer' },
    template: { type: 'string', description: `README template (default: ${INIT_TEMPLATE})` },
    sources: {
      type: 'string',
      description: 'JSON file listing the sources, as fetch --sources takes (default: the synthetic sample)',
    },
  },
  async run({ args }) {
    await initSite(process.cwd(), {
      org: args.org,
      brand: {
        name: args['brand-name'],
        url: args['brand-url'],
        email: args['brand-email'],
        tagline: args.tagline,
        pitch: args.pitch,
        summary: args.summary,
      },
      template: args.template,
      sourcesFile: args.sources,
    });
  },
});
