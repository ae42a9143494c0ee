/** Reads the `Last updated: Nov 03, 2025 at 20:30 UTC` stamp of a job-list README (or a line of it), if present. */
export function readLastUpdated(readme: string): string | undefined {
  return /Last updated:\s*([^<\n]*?)\s*(?:<|\n|$)/u.exec(readme)?.[1] || undefined;
}
