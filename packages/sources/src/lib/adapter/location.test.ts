import { describe, expect, it } from 'vitest';
import { cleanLocation, joinLocationParts, joinLocations } from './location.ts';

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

describe('cleanLocation', () => {
  it.each([
    ['Szczecin, , Poland', 'Szczecin, Poland'],
    ['Berlin ,Germany', 'Berlin, Germany'],
    [', Lisbon,, Portugal ,', 'Lisbon, Portugal'],
    ['Paris;; France', 'Paris; France'],
    ['  ', ''],
    ['S&amp;atilde;o Paulo', 'São Paulo'],
  ])('cleans %j to %j', (raw, expected) => {
    expect(cleanLocation(raw)).toBe(expected);
  });

  it('is used for every part and location joined', () => {
    expect(joinLocationParts(['Szczecin, ', '', 'Poland'])).toBe('Szczecin, Poland');
    expect(joinLocations(['Szczecin, , Poland', 'Szczecin, Poland'])).toBe('Szczecin, Poland');
  });
});
