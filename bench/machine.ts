/** One line about the machine a bench ran on, for bench/RESULTS.md. */
import { execFileSync } from 'node:child_process';
import { cpus, platform, release, totalmem } from 'node:os';

export function describeMachine(): string {
  const cpu = cpus();
  let java = 'java: unknown';
  try {
    // `java -version` prints to stderr.
    java = execFileSync('sh', ['-c', 'java -version 2>&1 | head -n 1'], { encoding: 'utf8' }).trim();
  } catch {
    /* keep the placeholder: the line is informative, not essential */
  }
  return [
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
    `${platform()} ${release()}`,
    `Node ${process.version}`,
    java,
  ].join(', ');
}
