import { describe, expect, it } from 'vitest';
import { ALPHA, BETA, problemsWith } from '../support/content.ts';

describe('the valid fixture', () => {
  it('has no problems', () => {
    expect(problemsWith()).toEqual([]);
  });
});

describe('file-level mistakes', () => {
  it('names a Shift_JIS file and gives the iconv command', () => {
    const sjis = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x93, 0xfa, 0x96, 0x7b, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]); // 日本 in Shift_JIS
    const problems = problemsWith({ 'carriers/alpha.md': sjis });
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ file: 'carriers/alpha.md', rule: 'encoding' });
    expect(p!.message).toContain('SHIFT_JIS');
    expect(p!.message).toContain('iconv -f SHIFT_JIS -t UTF-8');
  });

  it('accepts a BOM and CRLF line endings', () => {
    expect(problemsWith({ 'carriers/alpha.md': (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}` })).toEqual([]);
  });

  it('reports an empty file', () => {
    const problems = problemsWith({ 'carriers/alpha.md': '' });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'carriers/alpha.md',
        rule: 'front-matter',
        message: expect.stringContaining('empty'),
      }),
    );
  });

  it('reports front matter that is never closed', () => {
    const problems = problemsWith({ 'carriers/alpha.md': '---\nname: { ja: a }\n' });
    expect(problems[0]!.message).toContain('not closed');
  });

  it('reports broken YAML with its line in the file', () => {
    const problems = problemsWith({
      'carriers/alpha.md': (t) => t.replace('kinds: [fixed-line, ip-phone]', 'kinds: [fixed-line, ip-phone'),
    });
    const yaml = problems.filter((p) => p.rule === 'yaml');
    expect(yaml.length).toBeGreaterThan(0);
    expect(yaml[0]!.line).toBeGreaterThanOrEqual(4);
  });

  it('reports a duplicate key', () => {
    const problems = problemsWith({
      'carriers/alpha.md': (t) => t.replace('kinds:', 'website: https://x.example.jp/\nkinds:'),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ rule: 'yaml', message: expect.stringContaining('duplicate key') }),
    );
  });

  it('reports a file that is not Markdown', () => {
    const problems = problemsWith({ 'carriers/gamma.yml': 'name: x' });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'carriers/gamma.yml', rule: 'layout' }));
  });
});

describe('schema mistakes contributors make', () => {
  it('rejects opening hours that end before they start, pointing at "to"', () => {
    const problems = problemsWith({
      'channels/shared-desk.md': (t) => t.replace('from: "09:00", to: "17:00"', 'from: "22:00", to: "06:00"'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expect.stringContaining('shared-desk.md'), field: 'values.hours.to' });
    expect(problems[0]!.message).toContain('earlier than "to"');
  });
  it('suggests the right name for a misspelt field and reports it once', () => {
    const problems = problemsWith({ [BETA]: (t) => t.replace('retrieved:', 'retreived:') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'sources.0.retreived', rule: 'schema' });
    expect(problems[0]!.message).toContain('did you mean "retrieved"');
    expect(problems[0]!.line).toBe(16);
  });

  it('suggests the right value for a misspelt enum', () => {
    const [p] = problemsWith({ [BETA]: (t) => t.replace('evidence: official', 'evidence: offical') });
    expect(p!.message).toContain('did you mean "official"');
  });

  it.each([
    ['平成27年6月12日', '2015-06-12'],
    ['２０１５/６/１２', '2015-06-12'],
    ['2015年6月12日', '2015-06-12'],
    ['2015/6/12', '2015-06-12'],
    ['令和元年5月1日', '2019-05-01'],
  ])('turns the date %s into %s', (written, iso) => {
    const [p] = problemsWith({ [ALPHA]: (t) => t.replace('published: 2015-07-01', `published: ${written}`) });
    expect(p).toMatchObject({ field: 'sources.0.published', rule: 'schema' });
    expect(p!.message).toContain(`write ${iso}`);
  });

  it('rejects an impossible date', () => {
    const [p] = problemsWith({ [ALPHA]: (t) => t.replace('published: 2015-07-01', 'published: 2015-02-30') });
    expect(p!.message).toContain('not a real date');
  });

  it('reports a missing required field', () => {
    const [p] = problemsWith({ [BETA]: (t) => t.replace(/summary:.*\n/, '') });
    expect(p).toMatchObject({ field: 'summary', message: 'required field is missing' });
  });
});

describe('all problems in one run', () => {
  it('lists problems from several files and rules together', () => {
    const problems = problemsWith({
      [BETA]: (t) => t.replace('evidence: official', 'evidence: offical'),
      'carriers/alpha.md': (t) => t.replace('https://alpha.example.jp/', 'javascript:alert(1)'),
    });
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([BETA, 'carriers/alpha.md']));
  });
});
