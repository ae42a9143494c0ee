import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../types.ts';
import { LooseStringListSchema, parseEnvelope, RawIdSchema, readRecords } from './raw-payload.ts';

describe('parseEnvelope', () => {
  const Schema = v.looseObject({ jobs: v.array(v.unknown()) });

  it('returns the parsed envelope, unknown keys kept', () => {
    expect(parseEnvelope(Schema, { jobs: [1], extra: true }, 'https://x.test/jobs')).toEqual({
      jobs: [1],
      extra: true,
    });
  });

  it('throws a SourceError naming where and the first bad field', () => {
    expect(() => parseEnvelope(Schema, { error: 'down' }, 'https://x.test/jobs')).toThrow(SourceError);
    expect(() => parseEnvelope(Schema, { error: 'down' }, 'https://x.test/jobs')).toThrow(
      'https://x.test/jobs: unexpected response (jobs: missing)',
    );
  });
});

describe('readRecords', () => {
  const Schema = v.looseObject({ id: RawIdSchema, title: v.string() });

  it('keeps valid records with their index and rejects the others by field', () => {
    const result = readRecords(Schema, [{ id: 1, title: 'A' }, { id: 2 }, 'junk', { id: ' x ', title: 'B' }]);
    expect(result.records).toEqual([
      { index: 0, record: { id: '1', title: 'A' } },
      { index: 3, record: { id: 'x', title: 'B' } },
    ]);
    expect(result.rejected).toEqual([
      { index: 1, field: 'title', reason: 'missing' },
      { index: 2, field: '(root)', reason: expect.stringContaining('Object') },
    ]);
  });
});

describe('raw field schemas', () => {
  it('keeps ids as strings and refuses empty or fractional ones', () => {
    expect(v.parse(RawIdSchema, 42)).toBe('42');
    expect(v.parse(RawIdSchema, ' 7a ')).toBe('7a');
    expect(v.safeParse(RawIdSchema, '  ').success).toBe(false);
    expect(v.safeParse(RawIdSchema, 1.5).success).toBe(false);
  });

  it('reads a loose string list, dropping non-strings and accepting null', () => {
    expect(v.parse(LooseStringListSchema, ['go', 1, null, 'rust'])).toEqual(['go', 'rust']);
    expect(v.parse(LooseStringListSchema, null)).toEqual([]);
    expect(v.parse(LooseStringListSchema, undefined)).toEqual([]);
  });
});
