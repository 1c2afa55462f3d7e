/**
 * Runs one build phase as a child process and reports its wall time and peak memory.
 * Peak memory (max RSS of the phase's process tree) comes from GNU time when installed
 * (Debian package `time`); otherwise it is reported as unknown rather than guessed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface PhaseResult {
  seconds: number;
  /** Peak resident memory in MB, or undefined when GNU time is not installed. */
  peakMB?: number;
}

const GNU_TIME = '/usr/bin/time';

export function runPhase(
  label: string,
  command: string,
  argv: string[],
  env: Record<string, string>,
  cwd?: string,
): PhaseResult {
  const scratch = mkdtempSync(join(tmpdir(), 'yakkan-bench-time-'));
  const memoryFile = join(scratch, 'rss');
  const withTime = existsSync(GNU_TIME);
  const started = performance.now();
  const r = spawnSync(
    withTime ? GNU_TIME : command,
    withTime ? ['-f', '%M', '-o', memoryFile, command, ...argv] : argv,
    {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  try {
    if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    const kb = withTime ? Number(readFileSync(memoryFile, 'utf8').trim().split('\n').pop()) : NaN;
    return { seconds, peakMB: Number.isFinite(kb) ? kb / 1024 : undefined };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const formatPhase = (name: string, p: PhaseResult, extra = ''): string =>
  `${name.padEnd(9)} ${p.seconds.toFixed(1).padStart(6)} s  peak ${p.peakMB === undefined ? '   n/a' : `${p.peakMB.toFixed(0).padStart(5)} MB`}${extra}`;
