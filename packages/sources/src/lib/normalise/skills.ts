import { toSingleLine } from '@joblist/core-model';

/**
 * The curated skill vocabulary: canonical name → aliases (lowercase). A canonical name also matches
 * itself. Skills are found and canonicalised here, once, when a source is fetched; stats only count them.
 */
const SKILL_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  python: ['python3', 'django', 'flask', 'fastapi'],
  nodejs: ['node.js', 'node', 'node js', 'nestjs', 'express.js', 'expressjs'],
  java: ['java ee', 'spring', 'spring boot'],
  javascript: ['js', 'ecmascript', 'es6'],
  typescript: ['ts'],
  react: ['react.js', 'reactjs', 'react native', 'next.js', 'nextjs'],
  angular: ['angularjs', 'angular.js'],
  vue: ['vue.js', 'vuejs', 'nuxt', 'nuxt.js'],
  svelte: ['sveltekit'],
  html: ['html5'],
  css: ['css3', 'sass', 'scss', 'tailwind', 'tailwindcss'],
  api: ['apis', 'rest', 'restful', 'rest api', 'graphql'],
  database: ['databases', 'sql', 'nosql'],
  postgresql: ['postgres', 'postgre', 'psql'],
  mysql: ['mariadb'],
  mongodb: ['mongo'],
  redis: [],
  elasticsearch: ['elastic search', 'opensearch'],
  kafka: ['apache kafka'],
  rabbitmq: [],
  go: ['golang'],
  rust: [],
  'c++': ['cpp'],
  'c#': ['csharp', 'c sharp'],
  '.net': ['dotnet', 'asp.net', '.net core'],
  php: ['laravel', 'symfony'],
  ruby: ['ruby on rails', 'rails', 'ror'],
  kotlin: [],
  swift: ['swiftui'],
  scala: [],
  elixir: ['phoenix'],
  aws: ['amazon web services', 'lambda', 'ec2', 's3'],
  azure: ['microsoft azure'],
  gcp: ['google cloud', 'google cloud platform'],
  docker: ['containers'],
  kubernetes: ['k8s', 'helm'],
  terraform: ['iac'],
  linux: ['unix'],
  git: ['github', 'gitlab'],
  'ci/cd': ['ci', 'cd', 'continuous integration', 'jenkins', 'github actions'],
  microservices: ['microservice'],
  cloud: [],
  security: ['cybersecurity'],
  testing: ['unit testing', 'tdd', 'jest', 'cypress', 'playwright', 'selenium'],
  'machine learning': ['ml', 'deep learning', 'pytorch', 'tensorflow'],
  ai: ['llm', 'llms', 'genai', 'generative ai', 'artificial intelligence'],
  figma: [],
  agile: ['scrum', 'kanban'],
};

const ALIAS_TO_SKILL = new Map<string, string>(
  Object.entries(SKILL_VOCABULARY).flatMap(([skill, aliases]) => [
    [skill, skill] as const,
    ...aliases.map((alias) => [alias, skill] as const),
  ]),
);

/** Aliases that are common words too: they count from explicit tags, never from free text. */
const TAG_ONLY = new Set(['go', 'ts', 'js', 'ci', 'cd', 'rest', 'spring', 'node', 'rails', 'swift', 'cloud']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const TEXT_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}+#.])(${[...ALIAS_TO_SKILL.keys()]
    .filter((alias) => !TAG_ONLY.has(alias))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}+#]|\\.[\\p{L}\\p{N}])`,
  'gu',
);

/** Tags boards attach that say nothing about a skill (seniority, role, contract, place). */
const NOT_SKILLS = new Set([
  'senior',
  'junior',
  'lead',
  'principal',
  'staff',
  'mid',
  'intern',
  'internship',
  'entry level',
  'engineer',
  'engineering',
  'developer',
  'development',
  'dev',
  'manager',
  'management',
  'software',
  'tech',
  'technical',
  'digital',
  'it',
  'remote',
  'hybrid',
  'onsite',
  'full time',
  'full-time',
  'part time',
  'part-time',
  'contract',
  'freelance',
  'temporary',
  'permanent',
  'non tech',
  'other',
]);

/** Maps a tag or alias (any case) to its canonical skill, or `undefined` when it is not in the vocabulary. */
export function canonicalSkill(tag: string): string | undefined {
  return ALIAS_TO_SKILL.get(toSingleLine(tag).toLowerCase());
}

/**
 * Short texts already scanned: titles repeat across postings, and a job's text is scanned again when it
 * named no skill. Descriptions, long and unique, are not kept.
 */
const scanned = new Map<string, readonly string[]>();
/** Entries kept before {@link scanned} starts over, and the longest text kept: its memory stays bounded. */
const SCANNED_MAX = 20_000;
const SCANNED_MAX_LENGTH = 300;

/** Canonical skills named in free text (a title, a description), in order of first mention, once each. */
export function skillsInText(text: string): readonly string[] {
  const known = scanned.get(text);
  if (known) return known;
  const found = new Set<string>();
  for (const match of text.toLowerCase().matchAll(TEXT_PATTERN)) {
    const skill = ALIAS_TO_SKILL.get(match[1] ?? '');
    if (skill) found.add(skill);
  }
  const skills = [...found];
  if (text.length > SCANNED_MAX_LENGTH) return skills;
  if (scanned.size >= SCANNED_MAX) scanned.clear();
  scanned.set(text, skills);
  return skills;
}

/** The free text of a job that names skills. */
interface JobText {
  title?: string;
  description?: string;
}

/**
 * The skills of a job: its tags mapped through the vocabulary (unknown tags kept, lowercased, but
 * not seniority, role or contract words such as `senior` or `engineer`), then
 * skills named in its title and description. Each skill once, in that order.
 */
export function extractSkills(input: JobText & { tags?: readonly string[] }): string[] {
  const skills = new Set<string>();
  for (const tag of input.tags ?? []) {
    const normalised = toSingleLine(tag).toLowerCase();
    if (normalised && !NOT_SKILLS.has(normalised)) skills.add(canonicalSkill(normalised) ?? normalised);
  }
  for (const skill of skillsInText(`${input.title ?? ''}\n${input.description ?? ''}`)) skills.add(skill);
  return [...skills];
}

/**
 * The skills a job is stored with: the skills it came with, canonicalised through the vocabulary, or,
 * when it came with none, the skills named in its title and description. Idempotent, so a job that
 * already went through it (a provider's candidate, a snapshot job) keeps its skills.
 */
export function canonicalSkills(job: JobText & { skills?: readonly string[] }): string[] {
  return job.skills?.length
    ? extractSkills({ tags: job.skills })
    : extractSkills({ title: job.title, description: job.description });
}
