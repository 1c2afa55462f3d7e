import { describe, expect, it } from 'vitest';
import { byRule, problemsWith } from '../../support/content.ts';
import { urlProblem } from '../../../src/validate/checks/safe-urls.ts';

describe('safe-urls', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>', '/relative/path', 'ftp://x.example.jp/'])(
    'refuses %s',
    (url) => {
      expect(urlProblem(url)).toBeDefined();
    },
  );
  it('accepts http and https URLs', () => {
    expect(urlProblem('https://www.ntt-west.co.jp/news/1507/150706a.html')).toBeUndefined();
  });
  it('reports an unsafe website in a carrier file', () => {
    const [p] = byRule(
      problemsWith({ 'carriers/alpha.md': (t) => t.replace('https://alpha.example.jp/', 'javascript:alert(1)') }),
      'safe-urls',
    );
    expect(p).toMatchObject({ field: 'website' });
  });
});
