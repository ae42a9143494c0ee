import { describe, expect, it } from 'vitest';
import { visaSponsorship } from './visa.ts';

describe('visaSponsorship', () => {
  it.each([
    ['Visa sponsorship', true],
    ['VISA', true],
    ['Offers Sponsorship', true],
    ['will sponsor visas', true],
    ['No visa sponsorship', false],
    ['Does Not Offer Sponsorship', false],
    ['U.S. Citizenship is Required', false],
    ["can't sponsor", false],
    ['Relocation', undefined],
    ['Other', undefined],
    ['Not remote', undefined],
    [42, undefined],
  ])('%j → %j', (text, expected) => {
    expect(visaSponsorship(text)).toBe(expected);
  });
});
