/** Fictional employers of the synthetic sample; their sites use the reserved `.example` domain. */
export const COMPANIES = [
  'Northwind Labs',
  'Bluefin Analytics',
  'Cobalt Ridge',
  'Lumen Freight',
  'Harbor & Pine',
  'Quill Health',
  'Tandem Robotics',
  'Ostara Energy',
  'Kestrel Pay',
  'Mosaic Learning',
  'Brightwell Insurance',
  'Vireo Games',
  'Pallas Security',
  'Juniper Mobility',
  'Saffron Foods',
  'Ironbark Cloud',
  'Nimbus Retail',
  'Atlas Ledger',
  'Fennec Media',
  'Granite Logistics',
  'Helio Biotech',
  'Marlow Travel',
  'Orchid Telecom',
  'Peregrine AI',
  'Riverstone Bank',
  'Solace Care',
  'Tidewater Labs',
  'Umbra Studios',
  'Wayfarer Maps',
  'Zephyr Devices',
  'Café Central Digital',
  'Nordlys Software',
  'São Paulo Tech Hub',
  'Kraków Code Works',
  'Zürich Data AG',
] as const;

/** Where the sample jobs are: city, country, and the usual salary currency there. */
export const LOCATIONS = [
  { place: 'Berlin, Germany', currency: 'EUR' },
  { place: 'Amsterdam, Noord-Holland, Netherlands', currency: 'EUR' },
  { place: 'Lisbon, Portugal', currency: 'EUR' },
  { place: 'Kraków, Poland', currency: 'PLN' },
  { place: 'London, England, United Kingdom', currency: 'GBP' },
  { place: 'Dublin, Ireland', currency: 'EUR' },
  { place: 'New York, NY, United States', currency: 'USD' },
  { place: 'Austin, TX, United States', currency: 'USD' },
  { place: 'Toronto, ON, Canada', currency: 'CAD' },
  { place: 'São Paulo, Brazil', currency: 'BRL' },
  { place: 'Bengaluru, Karnataka, India', currency: 'INR' },
  { place: 'Singapore', currency: 'SGD' },
  { place: 'Stockholm, Sweden', currency: 'SEK' },
  { place: 'Zürich, Switzerland', currency: 'CHF' },
  { place: 'Rīga, Latvia', currency: 'EUR' },
  { place: 'Tel Aviv-Yafo, Tel Aviv District, IL', currency: 'ILS' },
] as const;

/** Typical yearly pay per currency (low, high), to give the sample plausible ranges. */
export const YEARLY_PAY: Readonly<Record<string, readonly [number, number]>> = {
  EUR: [45_000, 95_000],
  PLN: [120_000, 300_000],
  GBP: [45_000, 110_000],
  USD: [90_000, 210_000],
  CAD: [80_000, 160_000],
  BRL: [90_000, 240_000],
  INR: [900_000, 4_000_000],
  SGD: [70_000, 180_000],
  SEK: [480_000, 900_000],
  CHF: [100_000, 170_000],
  ILS: [250_000, 550_000],
};

/** Seniority prefixes of titles; the empty one is the plain title. */
export const SENIORITY = ['', '', 'Senior ', 'Junior ', 'Lead ', 'Staff ', 'Mid-level '] as const;

/** Seniority prefixes of manager titles (no `Junior Engineering Manager`). */
export const MANAGER_SENIORITY = ['', '', 'Senior '] as const;

/** Role nouns a sample title ends with; a phrase without one gets one of them appended. */
export const ROLE_NOUNS = ['Engineer', 'Developer'] as const;

/** Role nouns added to a phrase that already names engineering (`Software Engineering` → `… Manager`). */
export const LEAD_NOUNS = ['Manager'] as const;

/**
 * Title suffixes and the skills that come with them. A stack with `fits` is used for titles it matches
 * (a React suffix on a frontend title, Terraform on a DevOps one); titles no stack fits get the generic ones.
 * This is vocabulary about words in titles, not about configured categories.
 */
export const STACKS: ReadonlyArray<{ suffix: string; skills: readonly string[]; fits?: RegExp }> = [
  { suffix: ' (Go)', skills: ['go', 'postgresql', 'kubernetes', 'api'], fits: /back[\s-]?end|api/iu },
  { suffix: ' (Python/Django)', skills: ['python', 'postgresql', 'api', 'docker'], fits: /back[\s-]?end/iu },
  {
    suffix: ' – Node.js & TypeScript',
    skills: ['nodejs', 'typescript', 'api', 'aws'],
    fits: /back[\s-]?end/iu,
  },
  { suffix: ' (C#/.NET, Azure)', skills: ['c#', '.net', 'azure', 'database'], fits: /back[\s-]?end/iu },
  {
    suffix: ' (Java, Spring)',
    skills: ['java', 'microservices', 'kafka', 'database'],
    fits: /back[\s-]?end/iu,
  },
  {
    suffix: ' - Payments | Platform',
    skills: ['java', 'api', 'postgresql', 'aws'],
    fits: /back[\s-]?end/iu,
  },
  { suffix: '', skills: ['python', 'nodejs', 'api', 'database'], fits: /back[\s-]?end/iu },
  { suffix: ' (React)', skills: ['react', 'typescript', 'css', 'html'], fits: /front[\s-]?end|\bui\b/iu },
  { suffix: ' – Angular', skills: ['angular', 'typescript', 'css', 'html'], fits: /front[\s-]?end/iu },
  { suffix: ' (Vue.js)', skills: ['vue', 'javascript', 'css', 'html'], fits: /front[\s-]?end/iu },
  { suffix: ' & Designer', skills: ['figma', 'css', 'html', 'javascript'], fits: /front[\s-]?end/iu },
  { suffix: '', skills: ['react', 'javascript', 'css', 'testing'], fits: /front[\s-]?end/iu },
  {
    suffix: ' (Node.js & React)',
    skills: ['nodejs', 'react', 'typescript', 'postgresql'],
    fits: /full[\s-]?stack/iu,
  },
  { suffix: ' (.NET & Angular)', skills: ['.net', 'angular', 'c#', 'database'], fits: /full[\s-]?stack/iu },
  { suffix: ' – PHP & Laravel', skills: ['php', 'javascript', 'mysql', 'vue'], fits: /full[\s-]?stack/iu },
  { suffix: ' (Python, React)', skills: ['python', 'react', 'aws', 'docker'], fits: /full[\s-]?stack/iu },
  { suffix: '', skills: ['javascript', 'nodejs', 'react', 'api'], fits: /full[\s-]?stack/iu },
  {
    suffix: ', Platform',
    skills: ['kubernetes', 'go', 'aws', 'terraform'],
    fits: /software|devops|\bsre\b/iu,
  },
  { suffix: ', Data Infrastructure', skills: ['python', 'kafka', 'aws', 'database'], fits: /software/iu },
  { suffix: ' - Mobile [iOS]', skills: ['swift', 'api', 'testing', 'ci/cd'], fits: /software/iu },
  { suffix: ', Machine Learning', skills: ['python', 'machine learning', 'ai', 'gcp'], fits: /software/iu },
  { suffix: ' (C++)', skills: ['c++', 'linux', 'testing', 'git'], fits: /software/iu },
  { suffix: '', skills: ['java', 'python', 'aws', 'microservices'], fits: /software/iu },
  {
    suffix: ' (Kubernetes, Terraform)',
    skills: ['kubernetes', 'terraform', 'aws', 'linux'],
    fits: /devops|\bsre\b|cloud|infra/iu,
  },
  {
    suffix: ' – CI/CD & Docker',
    skills: ['docker', 'ci/cd', 'gcp', 'python'],
    fits: /devops|\bsre\b|cloud/iu,
  },
  { suffix: ' (Go, Linux)', skills: ['go', 'linux', 'docker', 'git'] },
  { suffix: ' (Python)', skills: ['python', 'api', 'testing', 'git'] },
  { suffix: ' – Cloud', skills: ['aws', 'docker', 'ci/cd', 'linux'] },
  { suffix: '', skills: ['git', 'testing', 'agile', 'cloud'] },
];
