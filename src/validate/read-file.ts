/**
 * Reads one record file: checks its encoding, accepts a BOM and CRLF, splits the YAML
 * front matter from the Markdown body and parses the YAML, keeping line numbers so that
 * every later problem can point at a line.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node, type YAMLError } from 'yaml';
import type { Problem } from './problem.ts';
import { forbiddenCharacter, LIMITS, tooLong, visible } from './safe-text.ts';

export interface RecordFile {
  /** Path relative to the project root. */
  file: string;
  data: unknown;
  body: string;
  /** Line of a field in the file (1-based), or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
}

/** YAML parser errors → what to do about them. */
const YAML_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value containing ": " must be quoted, e.g. title: "a: b"',
  MULTILINE_IMPLICIT_KEY: 'a line is indented deeper than the field above it, or a value containing ": " is not quoted',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'close the quote or bracket opened here',
  BAD_INDENT: 'indent a nested field two spaces deeper than its parent, and close every [ with ] and { with }',
  BAD_ALIAS: 'an alias (*name) must refer to an anchor (&name) defined above it',
};
const DEFAULT_YAML_HINT =
  'quote a value that contains ": " or " #", or starts with one of [ ] { } & * ! | > % @ ` \' "';

function yamlProblem(file: string, e: YAMLError, yamlText: string, lineCounter: LineCounter): Problem {
  const { line, col } = lineCounter.linePos(e.pos[0]);
  // Line 1 is the opening "---", so YAML line n is file line n + 1.
  const where = { file, line: line + 1, column: col, field: '', rule: 'yaml' };
  if (e.code === 'DUPLICATE_KEY') {
    // The error points at the key's first character; the key runs to its colon.
    const key = /^["']?([^:\n"']*)/.exec(yamlText.slice(e.pos[0]))![1]!.trim();
    return { ...where, message: `duplicate key "${key}": the field appears twice in the same mapping; keep one` };
  }
  const hint = YAML_HINTS[e.code] ?? DEFAULT_YAML_HINT;
  return { ...where, message: `YAML syntax error: ${e.message.split('\n')[0]}; ${hint}` };
}

/** Control characters and over-long values in the parsed front matter (keys and values). */
function textProblems(file: string, data: unknown, lineOf: RecordFile['lineOf']): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const bad = forbiddenCharacter(value);
      const at = { file, line: lineOf(path), field: path.map(String).join('.') };
      if (bad) problems.push({ ...at, rule: 'control-characters', message: `value ${bad}` });
      if (value.length > LIMITS.fieldChars)
        problems.push({ ...at, rule: 'size-limits', message: tooLong('fieldChars', value.length) });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const bad = forbiddenCharacter(key);
        if (bad)
          problems.push({
            file,
            line: lineOf(path),
            field: [...path, key].map(String).join('.'),
            rule: 'control-characters',
            message: `field name ${bad}`,
          });
        visit(inner, [...path, Array.isArray(value) ? Number(key) : key]);
      }
    }
  };
  visit(data, []);
  return problems;
}

/** Control characters and size of the Markdown body, by line. */
function bodyProblems(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  body.split('\n').forEach((text, i) => {
    const bad = forbiddenCharacter(text);
    if (bad)
      problems.push({ file, line: bodyLine + i, field: 'body', rule: 'control-characters', message: `line ${bad}` });
  });
  if (body.length > LIMITS.bodyChars)
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      rule: 'size-limits',
      message: tooLong('bodyChars', body.length),
    });
  return problems;
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
  // Checked before decoding, so a huge file costs nothing further.
  if (bytes.length > LIMITS.fileBytes)
    return [{ file, field: '', rule: 'size-limits', message: tooLong('fileBytes', bytes.length) }];
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
  const afterFence = text.slice(end + 4);
  const body = afterFence.replace(/^[ \t]*\n/, '');
  // The body starts after the front matter's lines and the closing "---" line.
  const bodyLine = text.slice(0, end + 4).split('\n').length + (afterFence.length - body.length > 0 ? 1 : 0);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) return doc.errors.map((e) => yamlProblem(file, e, yamlText, lineCounter));
  let data: unknown;
  try {
    // An alias (*name) repeats an anchored value; nested ones multiply ("billion laughs").
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return [
      {
        file,
        line: 2,
        field: '',
        rule: 'yaml',
        message: `YAML aliases expand too far (${visible((e as Error).message)}); write the values out instead of using &anchors and *aliases`,
      },
    ];
  }
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
  const lineOf: RecordFile['lineOf'] = (path) => lineOfPath(doc, path, lineAt);
  const problems = [...textProblems(file, data, lineOf), ...bodyProblems(file, body, bodyLine)];
  if (problems.length > 0) return problems;
  return { file, data, body, lineOf, bodyLine };
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
