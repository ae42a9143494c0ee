/** Fills a commit message template: `{role}` (lowercase) and `{updated}` (the README's stamp). */
export function commitMessage(template: string, role: string, updated: string): string {
  return template.replaceAll('{role}', role.toLowerCase()).replaceAll('{updated}', updated);
}
