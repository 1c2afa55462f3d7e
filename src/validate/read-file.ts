/**
 * Reads one record file: checks its encoding, accepts a BOM and CRLF, splits the YAML
 * front matter from the Markdown body and parses the YAML, keeping line numbers so that
 * every later problem can point at a line.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';

export interface RecordFile {
  /** Path relative to the project root. */
  file: string;
  data: unknown;
  body: string;
  /** Line of a field in the file (1-based), or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

function decode(bytes: Uint8Array, file: string): string | Problem {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Name the encoding an old editor most likely used, and how to convert.
    for (const [label, iconv] of [
      ['shift_jis', 'SHIFT_JIS'],
      ['euc-jp', 'EUC-JP'],
    ] as const) {
      try {
        new TextDecoder(label, { fatal: true }).decode(bytes);
        return {
          file,
          field: '',
          rule: 'encoding',
          message: `file is not UTF-8 (it looks like ${iconv}); save it as UTF-8, e.g. iconv -f ${iconv} -t UTF-8 "${file}" > tmp && mv tmp "${file}"`,
        };
      } catch {
        /* try the next one */
      }
    }
    return { file, field: '', rule: 'encoding', message: 'file is not valid UTF-8; save it as UTF-8' };
  }
}

export function readRecordFile(bytes: Uint8Array, file: string): RecordFile | Problem[] {
  const decoded = decode(bytes, file);
  if (typeof decoded !== 'string') return [decoded];
  const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return [
      {
        file,
        field: '',
        rule: 'front-matter',
        message: 'file is empty; start it with front matter between two "---" lines',
      },
    ];
  }
  if (!text.startsWith('---\n')) {
    return [
      {
        file,
        line: 1,
        field: '',
        rule: 'front-matter',
        message: 'file must start with a "---" line opening the YAML front matter',
      },
    ];
  }
  const end = text.indexOf('\n---', 3);
  if (end === -1 || !/^\n---[ \t]*(\n|$)/.test(text.slice(end, end + 5 + 1).replace(/[ \t]+/, ''))) {
    return [
      {
        file,
        line: 1,
        field: '',
        rule: 'front-matter',
        message: 'front matter is not closed; add a "---" line after the YAML',
      },
    ];
  }
  const yamlText = text.slice(4, end + 1);
  const body = text.slice(end + 4).replace(/^[ \t]*\n/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // Line 1 is the opening "---", so YAML line n is file line n + 1.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => ({
      file,
      line: lineAt(e.pos[0]),
      field: '',
      rule: 'yaml',
      message:
        e.code === 'DUPLICATE_KEY'
          ? `duplicate key: ${e.message.replace(/\s+at line.*$/s, '')}; keep one`
          : `YAML error: ${e.message.split('\n')[0]}`,
    }));
  }
  const data = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [
      {
        file,
        line: 2,
        field: '',
        rule: 'front-matter',
        message: 'front matter must be a YAML mapping of fields (key: value)',
      },
    ];
  }
  return { file, data, body, lineOf: (path) => lineOfPath(doc, path, lineAt) };
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], lineAt: (o: number) => number): number | undefined {
  let node: Node | null | undefined = doc.contents as Node;
  let line = node?.range ? lineAt(node.range[0]) : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode?.range) line = lineAt(keyNode.range[0]);
      node = pair.value as Node;
    } else if (isSeq(node)) {
      node = node.items[Number(key)] as Node;
      if (node?.range) line = lineAt(node.range[0]);
    } else break;
  }
  return line;
}
