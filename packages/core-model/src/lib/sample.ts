/** The `type` (and job `source`) of the synthetic sample source: made-up jobs, never for a real remote. */
export const SAMPLE_SOURCE = 'sample';

/** Whether a site's source list includes the synthetic sample source. */
export function usesSampleSource(sources: ReadonlyArray<{ type: string }>): boolean {
  return sources.some((source) => source.type === SAMPLE_SOURCE);
}
