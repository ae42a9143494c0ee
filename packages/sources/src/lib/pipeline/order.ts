/** Newest first (by instant, whatever the offset), then by id (code-unit order), so runs agree byte for byte. */
export function compareJobs(
  a: { postedAt: string; id: string },
  b: { postedAt: string; id: string },
): number {
  const byDate = Date.parse(b.postedAt) - Date.parse(a.postedAt);
  if (byDate !== 0) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
