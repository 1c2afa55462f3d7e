/** When a quote counts as still on its page: layout differences are forgiven, changed words are not. */
import { describe, expect, it } from 'vitest';
import { containsQuote, normalizeForMatch } from '../../../src/sources/normalize.ts';

describe('a quote is matched up to whitespace and width only', () => {
  it('finds a Japanese quote that a PDF broke across lines and indented', () => {
    expect(containsQuote('第48条\n   当社は\n責任を\t負いません。', '当社は責任を負いません。')).toBe(true);
  });

  it('folds full and half width both ways: ＡＢＣ１２３, ｶﾞ, the ideographic space', () => {
    expect(containsQuote('料金はＮＴＴ東日本が請求する　（第１２条）', '料金はNTT東日本が請求する (第12条)')).toBe(
      true,
    );
    expect(containsQuote('ｶﾞｲﾄﾞﾗｲﾝ', 'ガイドライン')).toBe(true);
  });

  it('keeps word gaps in Latin text (one space, however many there were)', () => {
    expect(normalizeForMatch('the  customer\n shall   pay')).toBe('the customer shall pay');
    expect(containsQuote('the customer shall pay', 'thecustomer shall pay')).toBe(false);
  });

  it('does not forgive a changed character, or other compatibility forms (①, ㈱)', () => {
    expect(containsQuote('当社は責任を負います。', '当社は責任を負いません。')).toBe(false);
    expect(containsQuote('当社は一切の責任を負いません。', '当社は責任を負いません。')).toBe(false);
    expect(containsQuote('① 株式会社', '1 株式会社')).toBe(false);
    expect(containsQuote('㈱アルファ', '(株)アルファ')).toBe(false);
  });

  it('never matches an empty quote', () => {
    expect(containsQuote('anything', '  \n')).toBe(false);
  });
});
