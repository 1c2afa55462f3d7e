/** Copies the valid fixture content to a temp dir, applies edits, and validates it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateContent } from '../../src/validate/index.ts';
import type { Problem } from '../../src/validate/problem.ts';

export const VALID = new URL('../fixtures/valid/', import.meta.url).pathname;

export type Edit = string | Uint8Array | ((text: string) => string);

/** A temp copy of the valid fixture with `edits` (path → new content or a transform) applied. */
export function fixtureWith(edits: Record<string, Edit> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'yakkan-content-'));
  cpSync(VALID, dir, { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    if (typeof edit === 'function') writeFileSync(file, edit(readFileSync(file, 'utf8')));
    else writeFileSync(file, edit);
  }
  return dir;
}

/** Problems found in the valid fixture after `edits`, with paths relative to the temp dir. */
export function problemsWith(edits: Record<string, Edit> = {}): Problem[] {
  const dir = fixtureWith(edits);
  try {
    return validateContent(dir, { root: dir, today: '2026-12-01' }).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Only the problems of one rule. */
export const byRule = (problems: Problem[], rule: string) => problems.filter((p) => p.rule === rule);

export const ALPHA = 'terms/alpha/intl-call-suspension.md';
export const BETA = 'terms/beta/intl-call-suspension.md';

/**
 * A fresh folder for a fixture build's dist. It must lie inside the project (tests/output/,
 * git-ignored): astro then writes its server chunks to <outDir>/.prerender, whereas an outDir
 * elsewhere makes it use ./.astro/.prerender, which builds running at the same time share and
 * break for each other ("Cannot find module .astro/.prerender/…").
 */
export function fixtureDist(prefix: string): string {
  mkdirSync('tests/output', { recursive: true });
  return mkdtempSync(join(process.cwd(), 'tests/output', `${prefix}-`));
}
