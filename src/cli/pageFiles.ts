/** Expands CLI arguments (files or directories) into the page files to read, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export function expandPaths(args: readonly string[], ext: string): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    try {
      if (statSync(arg).isDirectory()) {
        const inside = readdirSync(arg)
          .filter((f) => extname(f) === ext)
          .sort();
        files.push(...inside.map((f) => join(arg, f)));
      } else {
        files.push(arg);
      }
    } catch (err) {
      errors.push(`${arg}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { files, errors };
}

/** `003_e4c7cc7442eff8db.txt` and `003_e4c7cc7442eff8db.json` name the same page. */
export function pageKey(path: string): string {
  return basename(path, extname(path));
}
