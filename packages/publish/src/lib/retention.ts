/** Archive files joblist owns: `archive/YYYY-MM-DD.md`. */
export const ARCHIVE_FILE = /^(\d{4})-(\d{2})-(\d{2})\.md$/u;

const DAY_MS = 86_400_000;

/** The UTC day of an archive file name (`2025-11-03.md`), or undefined when the name is not an archive file. */
export function archiveDay(fileName: string): number | undefined {
  const match = ARCHIVE_FILE.exec(fileName);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(time).toISOString().slice(0, 10) !== fileName.slice(0, 10)) return undefined;
  return Math.floor(time / DAY_MS);
}

/**
 * The archive files to delete: those dated more than `retentionDays` UTC days before the build day.
 * Names that are not archive files are never returned (joblist does not own them).
 */
export function expiredArchives(
  fileNames: readonly string[],
  buildTime: Date,
  retentionDays: number,
): string[] {
  const buildDay = Math.floor(buildTime.getTime() / DAY_MS);
  return fileNames.filter((name) => {
    const day = archiveDay(name);
    return day !== undefined && buildDay - day > retentionDays;
  });
}
