import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseJsonOrThrow, SchemaError } from './issues.ts';

const Schema = v.object({ rows: v.number() });

describe('parseJsonOrThrow', () => {
  it('parses JSON text with the schema', () => {
    expect(parseJsonOrThrow(Schema, '{"rows": 3}', 'm.json')).toEqual({ rows: 3 });
  });

  it('names the file when the text is not JSON, and the file and field when it fails the schema', () => {
    expect(() => parseJsonOrThrow(Schema, '{"rows":', 'm.json')).toThrow(/^m\.json: not JSON \(/u);
    expect(() => parseJsonOrThrow(Schema, '{"rows": "many"}', 'm.json')).toThrow(SchemaError);
    expect(() => parseJsonOrThrow(Schema, '{"rows": "many"}', 'm.json')).toThrow(
      /^m\.json: invalid\n.*rows/su,
    );
  });
});
