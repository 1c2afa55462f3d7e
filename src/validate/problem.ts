import { visible } from './safe-text.ts';

/** One thing wrong with the content, reported as `path:line field — message [rule]`. */
export interface Problem {
  /** Path relative to the project root, e.g. content/terms/kddi/liability-limit.md. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** 1-based column, where known (YAML syntax errors). */
  column?: number;
  /** Dotted field path, e.g. sources.0.retrieved ('' for the whole file). */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** The rule that found it (schema, yaml, encoding, or a named check). */
  rule: string;
}

/**
 * The problem as one line of terminal output. File names, fields and messages may quote
 * content, so control and invisible characters are shown as `\uXXXX`: a value can neither
 * hide itself nor paint a fake line (e.g. ESC[2K plus "✓ 156 records valid") into the log.
 */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return visible(`${where} ${p.field || '(file)'} — ${p.message} [${p.rule}]`);
}

/** Dotted path from a zod/yaml path array. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
