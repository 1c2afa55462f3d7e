/**
 * Turns zod issues into messages a contributor can act on: misspelt field names and enum
 * values get a "did you mean", a misspelt required field is reported once (not also as
 * missing), and type errors say what to write.
 */
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { fieldPath, type Problem } from './problem.ts';
import type { RecordFile } from './read-file.ts';

/** The suggestion for a misspelling, if one is close enough to be a typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(
    input.toLowerCase(),
    candidates.map((c) => c.toLowerCase()),
  );
  const match = candidates.find((c) => c.toLowerCase() === best)!;
  return distance(input.toLowerCase(), best) <= Math.max(2, Math.floor(match.length / 3)) ? match : undefined;
}

type AnySchema = z.core.$ZodType;

/** The object keys a schema accepts at a path (through optional, arrays, unions). */
function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let s: AnySchema | undefined = schema;
  const unwrap = (x: AnySchema): AnySchema => {
    const def = (x as { _zod: { def: { type: string; innerType?: AnySchema } } })._zod.def;
    return (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType
      ? unwrap(def.innerType)
      : x;
  };
  for (const key of [...path, undefined]) {
    if (!s) return [];
    s = unwrap(s);
    const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (key === undefined) {
      if (def.type === 'object') return Object.keys(def.shape as object);
      if (def.type === 'union') return (def.options as AnySchema[]).flatMap((o) => keysAt(o, []));
      return [];
    }
    if (def.type === 'object') s = (def.shape as Record<string, AnySchema>)[String(key)];
    else if (def.type === 'array') s = def.element as AnySchema;
    else if (def.type === 'union') {
      const opts = def.options as AnySchema[];
      s = opts.find((o) => keysAt(o, []).includes(String(key)));
    } else return [];
  }
  return [];
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // JSON.stringify would print NaN and Infinity as null.
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN (YAML .nan, "not a number")';
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value} (YAML ${value > 0 ? '' : '-'}.inf)`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

export function friendlyIssues(schema: AnySchema, record: RecordFile, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  const renamed = new Set<string>(); // "path.key" of required fields that were misspelt
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(schema, issue.path);
    for (const key of issue.keys) {
      const suggestion = didYouMean(
        key,
        known.filter((k) => !(record.data && hasAt(record.data, [...issue.path, k]))),
      );
      if (suggestion) renamed.add(fieldPath([...issue.path, suggestion]));
      problems.push({
        file: record.file,
        line: record.lineOf([...issue.path, key]),
        field: fieldPath([...issue.path, key]),
        rule: 'schema',
        message: suggestion
          ? `unknown field "${key}" — did you mean "${suggestion}"?`
          : `unknown field "${key}"; allowed here: ${known.join(', ')}`,
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const field = fieldPath(issue.path);
    if (renamed.has(field)) continue;
    const value = valueAt(record.data, issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      message =
        value === undefined
          ? `required field is missing`
          : typeof value === 'number' && !Number.isFinite(value)
            ? `expected a finite ${issue.expected}, got ${describe(value)}; write the number in digits, e.g. 191 or 0.5`
            : `expected ${issue.expected}, got ${describe(value)}`;
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      const allowed = issue.values.map(String);
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      message = `${describe(value)} is not allowed${hint ? ` — did you mean "${hint}"?` : ''}; use one of: ${allowed.join(', ')}`;
    } else if (issue.code === 'invalid_union') {
      message = `${describe(value)} does not fit: ${issue.message}`;
    }
    problems.push({ file: record.file, line: record.lineOf(issue.path), field, rule: 'schema', message });
  }
  return problems;
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function hasAt(data: unknown, path: readonly PropertyKey[]): boolean {
  return valueAt(data, path) !== undefined;
}
