/**
 * Reading built HTML in tests: parse5's tree as a small typed shape, with the few walks every
 * built-site test needs (elements in document order, an attribute, the text a reader sees).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';

export type Node = {
  nodeName?: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  /** A <template>'s content. */
  content?: Node;
  value?: string;
};

/** Every element under `node` (itself included), in document order, template contents too. */
export function* elements(node: Node): Generator<Node> {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}

export const attr = (n: Node | undefined, name: string): string | undefined =>
  n?.attrs?.find((a) => a.name === name)?.value;

/** The text of a node and its descendants, as it stands in the HTML. */
export const text = (n: Node): string =>
  n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(text).join('');

/** The elements of a built page: `path` is a site path such as `/compare/` under `dist`. */
export const builtPage = (path: string, dist = 'dist'): Node[] => [
  ...elements(parse(readFileSync(join(dist, path, 'index.html'), 'utf8')) as unknown as Node),
];
