import { describe, expect, it } from 'vitest';
import { renderBody, renderInline } from '../../src/render/markdown.ts';

describe('content can never put markup or script into a page', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body{display:none}</style>',
  ])('escapes %s', (hostile) => {
    const html = renderBody(hostile) + renderInline(hostile);
    expect(html).not.toMatch(/<(script|img|iframe|style)/i);
    expect(html).toContain('&lt;');
  });
  it('refuses javascript: and data: links but keeps https links', () => {
    const html = renderBody('[a](javascript:alert(1)) [b](data:text/html,x) [c](https://www.soumu.go.jp/)');
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('href="data');
    expect(html).toContain('href="https://www.soumu.go.jp/"');
  });
  it('refuses protocol-relative links (another site), written or bare, but keeps site-relative ones', () => {
    const html = renderBody('[a](//evil.example/x) [b](/\\evil.example/) //evil.example/y [c](/carriers/)');
    // "/\\host" reaches the page percent-encoded ("/%5Chost"), a path on this site.
    expect(html).not.toMatch(/href="(\/\/|\/\\)/);
    expect(html).toContain('href="/carriers/"');
  });
});

describe('Japanese bodies written with hard-wrapped lines', () => {
  it('join lines without a space between Japanese characters, and keep it between English words', () => {
    expect(renderBody('国際電話を使わない事業者にとって、\n最も確実な予防策です。')).toContain(
      '国際電話を使わない事業者にとって、最も確実な予防策です。',
    );
    expect(renderBody('Suspend international\ncalls first.')).toMatch(/international\scalls/);
  });
});
