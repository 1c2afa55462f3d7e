#!/usr/bin/env node
/**
 * Lock drift check for CI (runs on any Node ≥ 18, before the project's own Node is installed).
 *
 * `npm ci` cannot be used here (the lock names other platforms' optional binaries that this
 * registry lacks), so CI runs `npm install` and then compares the lock it wrote with the
 * committed one. A plain `git diff` of the lock is too strict: the registry sometimes starts
 * serving a platform-only optional package (e.g. `napi-windows-process-start-time`, win32 only)
 * and npm then records it, although nothing the project installs on this platform changed.
 *
 * What counts as drift (exit 1):
 * - package.json's dependency ranges differ from the lock's root entry (a dependency added,
 *   removed or re-ranged without updating the lock);
 * - any package that is not a platform-restricted optional one is added, removed, or changes
 *   version or integrity;
 * - a platform-restricted optional package present in both changes version or integrity.
 * What is tolerated (reported, exit 0): a platform-restricted optional package (`optional` with
 * `os` or `cpu`) that appears in or disappears from the lock.
 *
 * Usage: node .ci/lock-drift.mjs <committed-lock.json> <installed-lock.json> [package.json]
 */
import { readFileSync } from 'node:fs';

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** @param {Record<string, any>} entry */
const isPlatformOptional = (entry) => Boolean(entry.optional && (entry.os || entry.cpu));

/** @param {Record<string, string> | undefined} a @param {Record<string, string> | undefined} b */
function sameRanges(a = {}, b = {}) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => a[key] !== b[key]);
}

/**
 * @param {{ packages: Record<string, any> }} committed the lock in the commit
 * @param {{ packages: Record<string, any> }} installed the lock `npm install` wrote
 * @param {Record<string, any>} [pkg] package.json, to compare with the lock's root entry
 * @returns {{ drift: string[], tolerated: string[] }}
 */
export function lockDrift(committed, installed, pkg) {
  const drift = [];
  const tolerated = [];
  const before = committed.packages ?? {};
  const after = installed.packages ?? {};

  if (pkg) {
    for (const field of DEPENDENCY_FIELDS) {
      for (const name of sameRanges(pkg[field], before['']?.[field])) {
        drift.push(
          `package.json ${field}.${name} is ${JSON.stringify(pkg[field]?.[name] ?? null)} but the committed lock has ` +
            `${JSON.stringify(before['']?.[field]?.[name] ?? null)}: run \`npm install\` and commit package-lock.json`,
        );
      }
    }
  }

  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const path of [...paths].sort()) {
    if (path === '') continue;
    const was = before[path];
    const now = after[path];
    if (was && now) {
      if (was.version !== now.version || (was.integrity && now.integrity && was.integrity !== now.integrity)) {
        drift.push(`${path}: ${was.version} in the committed lock, ${now.version} after install`);
      }
    } else {
      const entry = was ?? now;
      const change = was ? 'dropped by' : 'added by';
      if (isPlatformOptional(entry)) {
        tolerated.push(
          `${path}@${entry.version} (optional, ${[entry.os, entry.cpu].flat().filter(Boolean).join('/')}) ${change} install`,
        );
      } else {
        drift.push(`${path}@${entry.version} ${change} install but is not a platform-only optional package`);
      }
    }
  }
  return { drift, tolerated };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [committedFile, installedFile, pkgFile] = process.argv.slice(2);
  if (!committedFile || !installedFile) {
    console.error('usage: node .ci/lock-drift.mjs <committed-lock.json> <installed-lock.json> [package.json]');
    process.exit(2);
  }
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const { drift, tolerated } = lockDrift(read(committedFile), read(installedFile), pkgFile ? read(pkgFile) : undefined);
  for (const line of tolerated) console.log(`lock: tolerated platform-only change: ${line}`);
  if (drift.length) {
    console.error(`lock: package-lock.json drifted (${drift.length}):`);
    for (const line of drift) console.error(`  - ${line}`);
    process.exit(1);
  }
  console.log('lock: package-lock.json matches what npm install resolved');
}
