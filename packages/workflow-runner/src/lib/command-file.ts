/**
 * Reads a `GITHUB_OUTPUT` / `GITHUB_ENV` file as the runner does: `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks for multi-line values. Throws naming `file` and the line
 * on a malformed entry or an unclosed block.
 */
export function parseCommandFile(text: string, file: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/u);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/u.exec(line);
    const equals = line.indexOf('=');
    if (heredoc && (equals < 0 || equals > line.indexOf('<<'))) {
      const [, name = '', delimiter = ''] = heredoc;
      const end = lines.indexOf(delimiter, index + 1);
      if (end < 0) throw new Error(`${file}:${index + 1}: "${name}<<${delimiter}" is never closed`);
      values[name] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else if (equals > 0) values[line.slice(0, equals)] = line.slice(equals + 1);
    else throw new Error(`${file}:${index + 1}: expected name=value or name<<DELIMITER, found "${line}"`);
  }
  return values;
}
