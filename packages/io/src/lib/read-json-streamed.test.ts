import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStreamed, readJsonObjectStreamed } from './read-json-streamed.ts';

const dir = mkdtempSync(join(tmpdir(), 'joblist-streamed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = async (text: string) => {
  const file = join(dir, 'snapshot.json');
  writeFileSync(file, text);
  return (await readJsonObjectStreamed(file, 'jobs')).data;
};

describe('readJsonObjectStreamed', () => {
  it('parses what JSON.parse parses: pretty, minified, strings with brackets, quotes and escapes, nested values', async () => {
    const value = {
      version: 1,
      jobs: [
        { id: 'a"[{,}]', title: 'x\\\\', tags: ['{', ']'], nested: { deep: [1, [2, { three: 3 }]] } },
        'ü → 😀',
        null,
        [],
      ],
      sources: [{ id: 's', rejected: [] }],
      empty: {},
    };
    const text = JSON.stringify(value);
    for (const written of [text, JSON.stringify(JSON.parse(text), null, 2), `\n ${text} \n`])
      expect(await read(written)).toEqual(JSON.parse(text));
    expect(await read('{"jobs": []}')).toEqual({ jobs: [] });
    expect(await read('{"jobs": null, "a": [1]}')).toEqual({ jobs: null, a: [1] });
    expect(await read('{}')).toEqual({});
    const hostile = '{"__proto__": {"polluted": true}, "jobs": []}';
    const parsed = (await read(hostile)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['__proto__', 'jobs']);
    expect(parsed.polluted).toBeUndefined();
  });

  it('reads an array longer than one chunk element by element', async () => {
    const jobs = Array.from({ length: 60_000 }, (_, index) => ({
      id: `job-${index}`,
      text: 'é'.repeat(150),
    }));
    expect(await read(JSON.stringify({ jobs, after: true }, null, 2))).toEqual({ jobs, after: true });
  });

  it('reads the same whatever the chunk size: boundaries inside strings, escape runs and multi-byte characters', async () => {
    const jobs = Array.from({ length: 40 }, (_, index) => ({
      id: `job-${index}`,
      text: ['a\\"b', '\\\\', '"', 'é😀\\', '\\"\\"'][index % 5]?.repeat(index % 7),
      nested: { list: [index, `x${'\\'.repeat(index % 4)}`], empty: {} },
    }));
    const file = join(dir, 'chunks.json');
    for (const indent of [0, 2]) {
      const text = JSON.stringify({ before: 'x"y', jobs, after: [true] }, null, indent);
      writeFileSync(file, text);
      for (const chunkBytes of [1, 2, 3, 7, 16, 61, 4096])
        expect(await parseStreamed(file, 'jobs', chunkBytes), `${chunkBytes}-byte chunks`).toEqual(
          JSON.parse(text),
        );
    }
  });

  it("gives readJsonFile's errors for a file that is not a JSON object", async () => {
    await expect(read('{"jobs": [1, }')).rejects.toThrow(/snapshot\.json: .*JSON/u);
    // What JSON.parse refuses, refused here too: trailing, doubled, leading and missing commas.
    for (const text of [
      '{"jobs": [1, 2,]}',
      '{"jobs": [1], }',
      '{"a": 1,}',
      '{"jobs": [1],, "a": 1}',
      '{, "jobs": [1]}',
      '{"jobs": [1] "a": 1}',
      '{"jobs": [,1]}',
      '{"a" 1}',
      '{"jobs": [1] x}',
    ])
      await expect(read(text), text).rejects.toThrow(/snapshot\.json: .*JSON/u);
    expect(await read('[1, 2]')).toEqual([1, 2]);
    await expect(readJsonObjectStreamed(join(dir, 'nope.json'), 'jobs', 'not found')).rejects.toThrow(
      'nope.json: not found',
    );
  });

  it('agrees with JSON.parse on 1,500 one-character mutations of a snapshot (value or error)', async () => {
    const base = JSON.stringify({
      version: 1,
      jobs: [{ id: 'a', n: [1, 2] }, 'b,]', null],
      after: { x: [] },
    });
    const alphabet = [...'{}[],:" 1a\\'];
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % below;
    };
    for (let round = 0; round < 1500; round++) {
      const at = random(base.length);
      const char = alphabet[random(alphabet.length)] ?? '';
      const text =
        [
          base.slice(0, at) + base.slice(at + 1),
          base.slice(0, at) + char + base.slice(at + 1),
          base.slice(0, at) + char + base.slice(at),
        ][random(3)] ?? base;
      let expected: unknown;
      try {
        expected = JSON.parse(text);
      } catch {
        await expect(read(text), text).rejects.toThrow(/snapshot\.json/u);
        continue;
      }
      expect(await read(text), text).toEqual(expected);
    }
  });
});
