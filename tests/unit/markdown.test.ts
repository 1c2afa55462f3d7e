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
});
