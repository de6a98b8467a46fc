/**
 * Every command a user runs answers `--help` with its usage (exit 0), and an unknown
 * option with the usage on stderr and exit 2 — never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMMANDS = ['start', 'db', 'ingest', 'extract', 'eval', 'bench-extract', 'corpus', 'print-schema'];

const run = (command: string, arg: string) =>
  spawnSync(process.execPath, [`dist/src/cli/${command}.js`, arg], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe.each(COMMANDS)('node dist/src/cli/%s.js', (command) => {
  it('prints its usage for --help and exits 0', () => {
    const r = run(command, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: /);
  });

  it('prints its usage for an unknown option and exits 2, without a stack trace', () => {
    const r = run(command, '--no-such-option');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: ');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
