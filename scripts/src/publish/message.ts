const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Reads the `Last updated: Nov 03, 2025 at 20:30 UTC` stamp of a job-list README, if present. */
export function readLastUpdated(readme: string): string | undefined {
  return /Last updated:\s*([^<\n]*?)\s*(?:<|\n|$)/u.exec(readme)?.[1] || undefined;
}

/** Parses a `Nov 03, 2025 at 20:30 UTC` stamp to a Date; undefined when it has another form. */
export function parseUpdatedStamp(stamp: string): Date | undefined {
  const match = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) at (\d{2}):(\d{2}) UTC$/u.exec(stamp);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1] ?? '');
  if (month < 0) return undefined;
  return new Date(Date.UTC(Number(match[3]), month, Number(match[2]), Number(match[4]), Number(match[5])));
}

/** Formats a time the way READMEs and commit messages show it: `Nov 03, 2025 at 20:30 UTC`. */
export function formatUpdatedStamp(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${MONTHS[time.getUTCMonth()]} ${pad(time.getUTCDate())}, ${time.getUTCFullYear()} ` +
    `at ${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())} UTC`
  );
}

/** Fills a commit message template: `{role}` (lowercase) and `{updated}` (the README's stamp). */
export function commitMessage(template: string, role: string, updated: string): string {
  return template.replaceAll('{role}', role.toLowerCase()).replaceAll('{updated}', updated);
}
