/** Words that say a posting mentions visas or sponsoring one. */
const VISA = /\bvisas?\b|\bsponsor(?:s|ed|ing|ship)?\b/iu;
/** Words that turn the statement around: `No visa sponsorship`, `Does Not Offer Sponsorship`, `Citizenship is Required`. */
const REFUSAL =
  /\b(?:no|not|non|without|unable|cannot|can[\u2019']?t|don[\u2019']?t|doesn[\u2019']?t|won[\u2019']?t|never)\b|\bcitizenship (?:is )?required\b|\bmust (?:already )?(?:be|have) (?:authori[sz]ed|eligible|the right)\b/iu;

/**
 * Whether a posting's own statement says the employer sponsors a visa: `true` for `Visa sponsorship`,
 * `VISA`, `Offers Sponsorship`; `false` for `No visa sponsorship`, `Does Not Offer Sponsorship`,
 * `U.S. Citizenship is Required`; `undefined` when the text says neither (`Relocation`, `Other`, not text).
 */
export function visaSponsorship(statement: unknown): boolean | undefined {
  if (typeof statement !== 'string') return undefined;
  if (REFUSAL.test(statement) && (VISA.test(statement) || /citizenship/iu.test(statement))) return false;
  return VISA.test(statement) ? true : undefined;
}
