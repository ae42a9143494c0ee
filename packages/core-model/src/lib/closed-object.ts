import * as v from 'valibot';
import { closestName } from './suggest.ts';

/**
 * An object schema that refuses unknown keys, so a misspelt optional key in a config is an error,
 * not silently ignored: `limt: unknown key; did you mean "limit"?`.
 */
export function closedObject<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected !== 'never')
      return `Invalid type: Expected ${issue.expected} but received ${issue.received}`;
    const suggestion = closestName(String(issue.input), Object.keys(entries));
    return `unknown key${suggestion === undefined ? ` (known: ${Object.keys(entries).join(', ')})` : `; did you mean "${suggestion}"?`}`;
  });
}
