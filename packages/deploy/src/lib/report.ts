import * as v from 'valibot';

/** How one check ended: `skip` when it could not run (an earlier check failed, or it does not apply). */
export const CheckStatusSchema = v.picklist(['ok', 'fail', 'skip']);

/** One doctor check: what it checked, how it ended, what it found and, for a failure, what to do. */
export const CheckSchema = v.object({
  /** `config`, `sources`, `lockfile`, `token`, `repo`, `pages` or `workflow`. */
  check: v.string(),
  /** What it was about (a repository `org/name`), when there are several. */
  subject: v.optional(v.string()),
  status: CheckStatusSchema,
  message: v.string(),
  /** For a failure: the one thing to do. */
  fix: v.optional(v.string()),
});

/** doctor's whole answer, as `--json` prints it: `ok` when no check failed. */
export const DoctorReportSchema = v.object({ ok: v.boolean(), checks: v.array(CheckSchema) });

/** One check's result. */
export type Check = v.InferOutput<typeof CheckSchema>;
/** doctor's whole answer. */
export type DoctorReport = v.InferOutput<typeof DoctorReportSchema>;

const MARK: Record<Check['status'], string> = { ok: 'ok  ', fail: 'FAIL', skip: 'skip' };

/** One line for a check: `FAIL repo acme/X: not found — fix: …`. */
export function formatCheck(check: Check): string {
  const about = check.subject ? `${check.check} ${check.subject}` : check.check;
  return `${MARK[check.status]} ${about}: ${check.message}${check.fix ? ` — fix: ${check.fix}` : ''}`;
}

/** The report of a list of checks. */
export function doctorReport(checks: Check[]): DoctorReport {
  return { ok: checks.every((check) => check.status !== 'fail'), checks };
}
