import { describe, expect, it } from 'vitest';
import { workplaceFrom } from './workplace.ts';

describe('workplaceFrom', () => {
  it.each([
    ['REMOTE', 'remote'],
    ['Remote', 'remote'],
    ['telecommute', 'remote'],
    ['Hybrid', 'hybrid'],
    ['HYBRID', 'hybrid'],
    ['on_site', 'onsite'],
    ['OnSite', 'onsite'],
    ['in-office', 'onsite'],
  ] as const)('reads the enum %s', (type, expected) => {
    expect(workplaceFrom({ type })).toBe(expected);
  });

  it('lets an explicit enum win over the flag and the text', () => {
    expect(workplaceFrom({ type: 'Hybrid', remote: true, text: 'Remote' })).toBe('hybrid');
    expect(workplaceFrom({ type: 'OnSite', remote: true })).toBe('onsite');
  });

  it('ignores unknown enum values and falls back to the flag', () => {
    expect(workplaceFrom({ type: 'Unspecified', remote: true })).toBe('remote');
    expect(workplaceFrom({ type: 42, remote: 'yes' })).toBe('remote');
  });

  it('lets the flag win over the text', () => {
    expect(workplaceFrom({ remote: true, text: 'Berlin office' })).toBe('remote');
    expect(workplaceFrom({ remote: false, text: 'Remote friendly' })).toBe('onsite');
    expect(workplaceFrom({ remote: 'false', text: 'Remote' })).toBe('onsite');
  });

  it('keeps hybrid from the text when the flag only says not remote', () => {
    expect(workplaceFrom({ remote: false, text: 'Hybrid - Berlin' })).toBe('hybrid');
  });

  it.each([
    ['Remote (US)', 'remote'],
    ['Anywhere in the world', 'remote'],
    ['Work from home', 'remote'],
    ['WFH, Europe', 'remote'],
    ['Berlin (Hybrid)', 'hybrid'],
    ['Remote or hybrid, Lisbon', 'hybrid'],
    ['No remote - Paris', 'onsite'],
    ['Non-remote', 'onsite'],
  ] as const)('reads the text %s', (text, expected) => {
    expect(workplaceFrom({ text })).toBe(expected);
  });

  it('scans several text parts and skips empty ones', () => {
    expect(workplaceFrom({ text: [undefined, 'Berlin', null, 'Senior Engineer (Remote)'] })).toBe('remote');
  });

  it('does not read remote out of other words', () => {
    expect(workplaceFrom({ text: 'Remoteness Officer, Distributed Systems' })).toBe('onsite');
  });

  it('uses the fallback when nothing says anything', () => {
    expect(workplaceFrom({})).toBe('onsite');
    expect(workplaceFrom({ text: 'Berlin', fallback: 'remote' })).toBe('remote');
    expect(workplaceFrom({ text: 'Hybrid', fallback: 'remote' })).toBe('hybrid');
  });
});
