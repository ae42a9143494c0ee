import { describe, expect, it } from 'vitest';
import { joinLocationParts, joinLocations } from './location.ts';

describe('joinLocationParts', () => {
  it('drops empty parts and a part repeating the one before', () => {
    expect(joinLocationParts(['Berlin', 'Berlin', 'Germany'])).toBe('Berlin, Germany');
    expect(joinLocationParts(['', null, 'New South Wales', undefined, 'Australia'])).toBe(
      'New South Wales, Australia',
    );
  });

  it('cleans each part', () => {
    expect(joinLocationParts([' FlorianÃ³polis ', 'SC &amp; BR'])).toBe('Florianópolis, SC & BR');
  });
});

describe('joinLocations', () => {
  it('keeps each location once, in order, separated by semicolons', () => {
    expect(joinLocations(['Lisbon', 'Porto', ' Lisbon', '', null])).toBe('Lisbon; Porto');
  });
});
