/**
 * Command-line arguments read the same way by every command: `--help` (or `-h`) prints
 * the usage and exits 0; an unknown option or a missing value prints what was wrong and
 * the usage, and exits 2 — never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;

/** The parsed arguments, or the exit code when the command must stop here. */
export function readArguments<O extends Options>(argv: string[], options: O, usage: string): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    }) as Parsed<O>;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help === true) {
    process.stdout.write(usage);
    return 0;
  }
  return parsed;
}
