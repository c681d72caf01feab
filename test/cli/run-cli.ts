/** Runs the built CLI as a child process (no terminal), for the CLI-contract tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/fic-read.js', import.meta.url));

/** A fresh temp folder. */
export function tempDir(prefix = 'fic-read-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** What one CLI run printed and returned. */
export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `fic-read ...args` with a temp config dir unless env gives one. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const childEnv: Record<string, string | undefined> = { ...process.env, FIC_READ_CONFIG_DIR: tempDir('fic-read-conf-'), FIC_READ_LIBRARY: undefined, ...env };
  const r = spawnSync(process.execPath, [BIN, ...args], { env: childEnv as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 60000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
