/**
 * Loads the site model once per build. Content is validated first: pages are only ever
 * built from content that passed every check (ADR 0001).
 */
import { resolve } from 'node:path';
import { validateContent, todayInJapan } from '../validate/index.ts';
import { formatProblem } from '../validate/problem.ts';
import { buildSite, type Site } from './site.ts';

let cached: Site | undefined;

/** The content folder: content/, or YAKKAN_CONTENT (fixtures and benchmarks). */
export function contentDir(): string {
  return resolve(process.env.YAKKAN_CONTENT ?? 'content');
}

export function loadSite(): Site {
  if (cached) return cached;
  const today = todayInJapan();
  const { problems, records } = validateContent(contentDir(), { today });
  if (problems.length > 0) {
    throw new Error(
      `content has ${problems.length} problem(s); run npm run validate\n${problems.slice(0, 20).map(formatProblem).join('\n')}`,
    );
  }
  cached = buildSite(records, today);
  return cached;
}
