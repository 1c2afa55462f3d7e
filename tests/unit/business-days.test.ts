import { describe, expect, it } from 'vitest';
import { businessDaysAfter, isBusinessDay } from '../../src/model/business-days.ts';

describe('Japanese business days', () => {
  it('skips weekends', () => {
    expect(businessDaysAfter('2015-06-12', 1)).toBe('2015-06-15'); // Friday → Monday
  });
  it('skips national holidays (海の日 2015-07-20)', () => {
    expect(isBusinessDay('2015-07-20')).toBe(false);
    expect(businessDaysAfter('2015-07-17', 1)).toBe('2015-07-21');
  });
  it('skips the year-end break 12/29–1/3', () => {
    expect(businessDaysAfter('2026-12-28', 1)).toBe('2027-01-04');
  });
});
