import { describe, expect, it } from 'vitest';
import { byRule, problemsWith } from '../../support/content.ts';

describe('id-format', () => {
  it('refuses upper case and spaces in ids, suggesting a fixed id', () => {
    const [p] = byRule(
      problemsWith({
        'carriers/NTT East.md': '---\nname: { ja: x }\nkinds: [mobile]\nwebsite: https://x.example.jp/\n---\n',
      }),
      'id-format',
    );
    expect(p!.message).toContain('"ntt-east"');
  });
  it('refuses an advisory file without a real date', () => {
    const problems = byRule(problemsWith({ 'advisories/2015-02-30-x.md': '---\n---\n' }), 'id-format');
    expect(problems).toHaveLength(1);
  });
  it('refuses a term outside <carrier>/<topic>.md', () => {
    const problems = byRule(problemsWith({ 'terms/alpha.md': '---\n---\n' }), 'id-format');
    expect(problems[0]!.message).toContain('content/terms/<carrier-id>/<topic-id>.md');
  });
});
