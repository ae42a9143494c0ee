import type { Paragraph } from 'mdast';
import type { RenderInput } from './input.ts';
import { brandLink } from './links.ts';
import { link, paragraph, strong, text } from './nodes.ts';

/** The closing `**Made with ❤️ by [Brand](…)**` line. */
export function madeWithFooter(input: RenderInput): Paragraph {
  const { site, category } = input;
  return paragraph(strong(text('Made with ❤️ by '), link(brandLink(site, category), text(site.brand.name))));
}
