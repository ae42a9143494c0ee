import type { RootContent } from 'mdast';
import type { RenderInput } from './input.ts';
import { repositoryUrl } from './links.ts';
import { bulletList, heading, link, paragraph, text } from './nodes.ts';

/** The "Related Job Repositories" section: every other category in site order, named after its repository. */
export function relatedSection(input: RenderInput): RootContent[] {
  const others = input.categories.filter((category) => category.id !== input.category.id);
  return [
    heading(2, 'Related Job Repositories'),
    paragraph(text('Looking for other opportunities? Check out these related job repositories:')),
    bulletList(
      others.map((category) => [
        link(repositoryUrl(input.site, category), text(category.repo.replaceAll('-', ' '))),
      ]),
    ),
  ];
}
