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

/** Per sample category: title stems, stack suffixes and the skills they come with. */
export const ROLES = [
  {
    category: 'backend',
    titles: ['Backend Developer', 'Backend Engineer', 'Back-End Developer'],
    stacks: [
      { suffix: ' (Go)', skills: ['go', 'postgresql', 'kubernetes', 'api'] },
      { suffix: ' (Python/Django)', skills: ['python', 'postgresql', 'api', 'docker'] },
      { suffix: ' – Node.js & TypeScript', skills: ['nodejs', 'typescript', 'api', 'aws'] },
      { suffix: ' (C#/.NET, Azure)', skills: ['c#', '.net', 'azure', 'database'] },
      { suffix: ' (Java, Spring)', skills: ['java', 'microservices', 'kafka', 'database'] },
      { suffix: ' - Payments | Platform', skills: ['java', 'api', 'postgresql', 'aws'] },
      { suffix: '', skills: ['python', 'nodejs', 'api', 'database'] },
    ],
  },
  {
    category: 'frontend',
    titles: ['Frontend Developer', 'Frontend Engineer', 'Front-End Developer', 'UI Engineer (Frontend)'],
    stacks: [
      { suffix: ' (React)', skills: ['react', 'typescript', 'css', 'html'] },
      { suffix: ' – Angular', skills: ['angular', 'typescript', 'css', 'html'] },
      { suffix: ' (Vue.js)', skills: ['vue', 'javascript', 'css', 'html'] },
      { suffix: ' & Designer', skills: ['figma', 'css', 'html', 'javascript'] },
      { suffix: '', skills: ['react', 'javascript', 'css', 'testing'] },
    ],
  },
  {
    category: 'full-stack',
    titles: ['Full Stack Developer', 'Full-Stack Engineer', 'Fullstack Developer'],
    stacks: [
      { suffix: ' (Node.js & React)', skills: ['nodejs', 'react', 'typescript', 'postgresql'] },
      { suffix: ' (.NET & Angular)', skills: ['.net', 'angular', 'c#', 'database'] },
      { suffix: ' – PHP & Laravel', skills: ['php', 'javascript', 'mysql', 'vue'] },
      { suffix: ' (Python, React)', skills: ['python', 'react', 'aws', 'docker'] },
      { suffix: '', skills: ['javascript', 'nodejs', 'react', 'api'] },
    ],
  },
  {
    category: 'software-engineering',
    titles: ['Software Engineer', 'Software Engineer II', 'Software Engineering Manager'],
    stacks: [
      { suffix: ', Platform', skills: ['kubernetes', 'go', 'aws', 'terraform'] },
      { suffix: ', Data Infrastructure', skills: ['python', 'kafka', 'aws', 'database'] },
      { suffix: ' - Mobile [iOS]', skills: ['swift', 'api', 'testing', 'ci/cd'] },
      { suffix: ', Machine Learning', skills: ['python', 'machine learning', 'ai', 'gcp'] },
      { suffix: ' (C++)', skills: ['c++', 'linux', 'testing', 'git'] },
      { suffix: '', skills: ['java', 'python', 'aws', 'microservices'] },
    ],
  },
] as const;
