/**
 * npm run eval -- --set seeds|dev|check [--json] [--verbose]
 * npm run eval -- --pages <dir> --gold <dir> [--json] [--verbose]
 *
 * `--set` names one of the repository's evaluation sets (the seeds, the development
 * pages of other papers, the check pages never tuned on); `--pages`/`--gold` any other.
 * Scores every gold page (<gold>/<page>.json) against the prediction for it:
 * <pages>/<page>.json when present (output of `extract --out`), else the page text
 * <pages>/<page>.txt extracted on the fly. A page with neither scores as empty.
 * The last line of the plain report is `entities F1 x.xxx relations F1 x.xxx`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readArguments } from './arguments.js';
import { parsePageDocument, toPageDocument, type PageDocument } from '../eval/document.js';
import { formatReport, reportJson } from '../eval/report.js';
import { scorePage, totalScore } from '../eval/score.js';
import { extractPage } from '../extract/page.js';
import { PROJECT_ROOT } from '../project-root.js';
import { expandPaths, pageKey } from './pageFiles.js';

/** The evaluation sets kept in the repository: page folder and gold folder. */
const SETS: Record<string, { pages: string; gold: string }> = {
  seeds: { pages: 'seeds', gold: 'test/extract/fixtures/seeds-gold' },
  dev: { pages: 'test/extract/fixtures/dev/pages', gold: 'test/extract/fixtures/dev/gold' },
  check: { pages: 'test/extract/fixtures/check/pages', gold: 'test/extract/fixtures/check/gold' },
};

const USAGE = `usage: npm run eval -- --set seeds|dev|check [--json] [--verbose]
       npm run eval -- --pages <dir> --gold <dir> [--json] [--verbose]
Scores extraction against gold annotations (docs/annotation-guidelines.md): entities,
relations and events micro-F1. Prediction for a gold page <gold>/<page>.json is
<pages>/<page>.json (from \`npm run extract -- --out\`) or else <pages>/<page>.txt.
`;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function prediction(pagesDir: string, key: string): PageDocument | null {
  const json = join(pagesDir, `${key}.json`);
  if (existsSync(json)) return parsePageDocument(readJson(json), `${key}.txt`);
  const txt = join(pagesDir, `${key}.txt`);
  if (existsSync(txt)) return toPageDocument(extractPage(readFileSync(txt), { file: basename(txt) }));
  return null;
}

function main(argv: string[]): number {
  const parsed = readArguments(
    argv,
    {
      set: { type: 'string' },
      pages: { type: 'string' },
      gold: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const values = parsed.values;
  const set = values.set === undefined ? undefined : SETS[values.set];
  if (values.set !== undefined && set === undefined) {
    process.stderr.write(`unknown set ${values.set}\n${USAGE}`);
    return 2;
  }
  if (set !== undefined) {
    values.pages ??= join(PROJECT_ROOT, set.pages);
    values.gold ??= join(PROJECT_ROOT, set.gold);
  }
  if (!values.pages || !values.gold) {
    process.stderr.write(USAGE);
    return 2;
  }
  const { files, errors } = expandPaths([values.gold], '.json');
  for (const e of errors) process.stderr.write(`error: ${e}\n`);
  const scores = files.flatMap((goldFile) => {
    const key = pageKey(goldFile);
    try {
      const gold = parsePageDocument(readJson(goldFile), `${key}.txt`);
      const predicted = prediction(values.pages as string, key);
      if (predicted === null) process.stderr.write(`warning: no prediction for ${key}, scored as empty\n`);
      return [scorePage(predicted ?? parsePageDocument({}, gold.file), gold)];
    } catch (err) {
      process.stderr.write(`error: ${goldFile}: ${err instanceof Error ? err.message : String(err)}\n`);
      return [];
    }
  });
  const total = totalScore(scores);
  process.stdout.write(
    values.json
      ? `${JSON.stringify(reportJson(total), null, 2)}\n`
      : `${formatReport(total, values.verbose ?? false)}\n`,
  );
  return errors.length > 0 || scores.length < files.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
