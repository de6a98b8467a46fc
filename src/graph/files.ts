/**
 * CLI arguments → page files: a file, a directory (its `.txt` files), or a glob with
 * `*` / `?` in the last path segment (`seeds/00*.txt`). Node 20 has no fs.glob, and
 * this is all the ingest needs, so no dependency. Order is stable (sorted per argument),
 * duplicates are dropped, and an argument that matches nothing is an error of its own.
 */
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

export interface ExpandedInputs {
  files: string[];
  /** One per argument that could not be read or matched nothing. */
  errors: { path: string; error: string }[];
}

export function isGlob(arg: string): boolean {
  return /[*?]/.test(basename(arg));
}

/** `*` any run of characters, `?` one character; everything else literal. */
export function globToRegExp(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'u');
}

export function expandInputs(args: readonly string[], ext = '.txt'): ExpandedInputs {
  const files: string[] = [];
  const errors: ExpandedInputs['errors'] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const abs = resolve(path);
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push(path);
  };
  for (const arg of args) {
    try {
      if (isGlob(arg)) {
        const dir = dirname(arg);
        const re = globToRegExp(basename(arg));
        const matched = readdirSync(dir)
          .filter((f) => re.test(f) && statSync(join(dir, f)).isFile())
          .sort();
        if (matched.length === 0) errors.push({ path: arg, error: 'no file matches' });
        for (const f of matched) add(join(dir, f));
      } else if (statSync(arg).isDirectory()) {
        const inside = readdirSync(arg)
          .filter((f) => extname(f) === ext)
          .sort()
          .filter((f) => isFileOrReport(join(arg, f), errors));
        if (inside.length === 0 && errors.every((e) => !e.path.startsWith(join(arg, '')))) {
          errors.push({ path: arg, error: `no ${ext} files in the directory` });
        }
        for (const f of inside) add(join(arg, f));
      } else {
        const refused = notARegularFile(statSync(arg));
        if (refused) errors.push({ path: arg, error: refused });
        else add(arg);
      }
    } catch (err) {
      errors.push({ path: arg, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return { files, errors };
}

/**
 * Whether a directory entry is a file to read; an entry that cannot even be looked at (a
 * link whose target is gone) is reported on its own, so the rest of the directory still loads.
 */
function isFileOrReport(path: string, errors: ExpandedInputs['errors']): boolean {
  try {
    const stats = statSync(path);
    const refused = stats.isDirectory() ? null : notARegularFile(stats);
    if (refused) errors.push({ path, error: refused });
    return stats.isFile();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    errors.push({ path, error: isSymlink(path) ? `a link to a file that is not there (${reason})` : reason });
    return false;
  }
}

/**
 * Why a path that is neither a directory nor a regular file cannot be a page: reading a
 * FIFO waits for a writer that may never come, and a device or socket has no end.
 */
function notARegularFile(stats: Stats): string | null {
  if (stats.isFile()) return null;
  const kind = stats.isFIFO()
    ? 'a named pipe (FIFO)'
    : stats.isSocket()
      ? 'a socket'
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? 'a device'
        : 'neither a file nor a directory';
  return `not a regular file: ${kind}; only page files are read`;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
