import { describe, expect, it } from 'vitest';
import { comparison } from '../../public/js/compare-values.js';

describe('side by side: same, different or not comparable', () => {
  it('calls equal known values the same and unequal ones different', () => {
    expect(comparison(['翌営業日', '翌営業日'])).toBe('same');
    expect(comparison(['翌営業日', '当日中'])).toBe('differs');
  });
  it('never calls two unknowns "the same", nor a known value beside an unknown "different"', () => {
    expect(comparison([null, null])).toBe('unknown');
    expect(comparison(['月額 30,000円', null])).toBe('unknown');
  });
});
