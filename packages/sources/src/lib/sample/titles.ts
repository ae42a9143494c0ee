import type { Category } from '@joblist/core-model';
import { titleMatcher } from '@joblist/core-model';
import { LEAD_NOUNS, ROLE_NOUNS } from './vocabulary.ts';

const ENDS_WITH_ROLE_NOUN = /\s(?:developer|engineer|manager|designer|architect|analyst|scientist|lead)s?$/iu;
const NAMES_ENGINEERING = /engineer|develop/iu;

/** Upper-cases the first letter of every word and keeps the rest as written (`DevOps`, `full-stack` → `Full-Stack`). */
const titleCase = (phrase: string) =>
  phrase
    .trim()
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** A phrase as job titles: itself with each role noun, or with a role noun added. */
function titlesOf(phrase: string): string[] {
  if (ENDS_WITH_ROLE_NOUN.test(phrase))
    return [phrase, ...ROLE_NOUNS.map((noun) => phrase.replace(/\S+$/u, noun))];
  const nouns = NAMES_ENGINEERING.test(phrase) ? LEAD_NOUNS : ROLE_NOUNS;
  return nouns.map((noun) => `${phrase} ${noun}`);
}

/**
 * The title stems a sample job of `category` can have, composed from the category's own config: its
 * `match.include` keywords, its role and its id, each with role nouns, kept only when the category's
 * match rules accept them (an include pattern matches, no exclude pattern does). Empty when none does.
 */
export function titleStems(category: Category): string[] {
  const keywords = category.match.include.filter((pattern) => typeof pattern === 'string');
  const phrases = [...keywords, category.role, category.id, category.id.replaceAll('-', ' ')];
  const accepts = titleMatcher(category);
  const stems = new Map<string, string>();
  for (const title of phrases.map(titleCase).flatMap(titlesOf))
    if (accepts(title) && !stems.has(title.toLowerCase())) stems.set(title.toLowerCase(), title);
  return [...stems.values()];
}
