/** Repetitions above this count are treated as unbounded (`{1,100}` backtracks like `+`). */
const MANY = 10;

/** What a group holds, as far as backtracking goes. */
interface Frame {
  /** A quantifier that repeats more than {@link MANY} times stands somewhere inside. */
  repeats: boolean;
  /** A `|` stands directly inside. */
  alternation: boolean;
}

/** The quantifier at `at` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`): its length and whether it repeats many times. */
function quantifierAt(source: string, at: number): { length: number; many: boolean } | undefined {
  const char = source[at];
  if (char === '*' || char === '+') return { length: 1, many: true };
  if (char === '?') return { length: 1, many: false };
  const braces = char === '{' ? /^\{(\d+)(,(\d*))?\}/u.exec(source.slice(at)) : null;
  if (!braces) return undefined;
  const [whole, min, comma, max] = braces;
  const most = comma === undefined ? Number(min) : max === '' ? Number.POSITIVE_INFINITY : Number(max);
  return { length: whole.length, many: most > MANY };
}

/** The index just after the character class that opens at `at` (`[…]`, escapes inside skipped). */
function classEnd(source: string, at: number): number {
  let index = at + 1;
  if (source[index] === '^') index += 1;
  if (source[index] === ']') index += 1;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index + 1;
}

/**
 * Why `pattern` can take exponential time on a short title, or `undefined`: a group repeated many times
 * (`*`, `+`, `{n,}`, `{n,m}` with m over 10) that itself holds such a repetition (`(a+)+`, star height 2)
 * or an alternation (`(a|a)*`), the two shapes whose backtracking doubles with each character. A
 * backtracking engine stays polynomial on any other pattern, and titles are at most 200 characters.
 * Conservative: `(?:ab|cd)+` is refused too, though it is safe; write such a pattern without the repeat.
 */
export function backtrackingProblem(pattern: RegExp): string | undefined {
  const { source } = pattern;
  const stack: Frame[] = [{ repeats: false, alternation: false }];
  /** The group that just closed, when the next token may quantify it. */
  let closed: Frame | undefined;
  let index = 0;
  while (index < source.length) {
    const char = source[index] as string;
    const quantifier = quantifierAt(source, index);
    const frame = stack[stack.length - 1] as Frame;
    if (quantifier) {
      if (quantifier.many && closed && (closed.repeats || closed.alternation)) {
        const inside = closed.repeats ? 'another repetition' : 'an alternation';
        return `can take exponential time: a repeated group holds ${inside} (as in /^(a+)+$/); write it without the nested repeat`;
      }
      if (quantifier.many) frame.repeats = true;
      index += quantifier.length + (source[index + quantifier.length] === '?' ? 1 : 0);
      closed = undefined;
      continue;
    }
    closed = undefined;
    if (char === '\\') index += 2;
    else if (char === '[') index = classEnd(source, index);
    else if (char === '(') {
      stack.push({ repeats: false, alternation: false });
      index += 1;
    } else if (char === ')') {
      const group = stack.length > 1 ? (stack.pop() as Frame) : frame;
      const parent = stack[stack.length - 1] as Frame;
      parent.repeats ||= group.repeats;
      closed = group;
      index += 1;
    } else {
      if (char === '|') frame.alternation = true;
      index += 1;
    }
  }
  return undefined;
}
