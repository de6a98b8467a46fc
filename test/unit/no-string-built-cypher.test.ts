import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.js';

/**
 * Every Cypher statement is a file under cypher/ run with parameters; none is text built
 * in TypeScript, and no Cypher file turns a string into code. This scans the sources for
 * the ways that rule gets broken, and proves on planted samples that it would notice.
 */

const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/** Cypher clause syntax, as it appears in a statement (not the English words in a message). */
const CYPHER_SYNTAX =
  /\b(MATCH|MERGE|OPTIONAL MATCH)\s*\(|\bCREATE\s*[(:]|\bDETACH\s+DELETE\b|\bUNWIND\s+[$\w[]|\bRETURN\s+(DISTINCT\s+)?[\w$*(]+(\s+AS\b|\s*,|\s*$)|\bCALL\s*[{(]|\bLOAD\s+CSV\b|\bSET\s+\w+(\.|\s*[+]?=|:)|\bWHERE\s+\w+(\.|:)/;

/** Calls that send a statement to Neo4j: driver.executeQuery, session.run, tx.run, GraphTransaction.run. */
const STATEMENT_CALLS = new Set(['run', 'executeQuery']);

function walk(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return walk(path, extension);
    return entry.endsWith(extension) ? [path] : [];
  });
}

const isCypherFileName = (name: string) =>
  /^[a-z0-9][a-z0-9/-]*$/.test(name) && existsSync(join(CYPHER_DIR, `${name}.cypher`));

/** Problems in one TypeScript source: Cypher written as a string, or a statement call fed anything but a file. */
export function scanTypeScript(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const problems: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (CYPHER_SYNTAX.test(node.text)) problems.push(`${where(node)}: Cypher written in a string`);
    } else if (ts.isTemplateExpression(node)) {
      const literal = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (CYPHER_SYNTAX.test(literal)) problems.push(`${where(node)}: Cypher built in a template literal`);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const first = node.arguments[0];
      if (STATEMENT_CALLS.has(method) && first && !isStatementFromFile(first)) {
        problems.push(
          `${where(node)}: .${method}() is given ${first.getText(source)}, not cypher(name) or a file name`,
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

/** `cypher(name)`, a file name such as 'ingest/pages', or a variable holding one of those. */
function isStatementFromFile(argument: ts.Expression): boolean {
  if (ts.isCallExpression(argument))
    return ts.isIdentifier(argument.expression) && argument.expression.text === 'cypher';
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) {
    return isCypherFileName(argument.text);
  }
  return ts.isIdentifier(argument);
}

/** Problems in one Cypher file: procedures that run a string as Cypher, code inside strings, labels from parameters. */
export function scanCypher(fileName: string, text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    const code = line.replace(/\/\/.*$/, '');
    const at = `${fileName}:${index + 1}`;
    if (
      /\bapoc\.(cypher|periodic\.(iterate|commit|submit)|custom|create\.(addLabels|setLabels|relationship|node)|merge\.)/i.test(
        code,
      )
    ) {
      problems.push(`${at}: a procedure that runs or names from strings`);
    }
    for (const match of code.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
      if (CYPHER_SYNTAX.test(match[1] ?? match[2] ?? '')) problems.push(`${at}: Cypher inside a string`);
    }
    if (/[:|&]\s*\$\s*(\(|any\s*\(|all\s*\()/.test(code))
      problems.push(`${at}: a label or type taken from a parameter`);
  });
  return problems;
}

describe('no string-built Cypher', () => {
  it('src/ and bench/ send Neo4j only statements read from cypher/ files', () => {
    const files = [...walk(join(PROJECT_ROOT, 'src'), '.ts'), ...walk(join(PROJECT_ROOT, 'bench'), '.ts')];
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) => scanTypeScript(relative(PROJECT_ROOT, file), readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('cypher/ files take values as parameters, never code or labels from strings', () => {
    const files = walk(CYPHER_DIR, '.cypher');
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) => scanCypher(relative(PROJECT_ROOT, file), readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('notices Cypher built in TypeScript, and statements not read from a file', () => {
    const planted = [
      'const q = `MATCH (t:Town {name: "${name}"}) RETURN t`;',
      "await session.run('MATCH (n) WHERE n.name = ' + name + ' RETURN n');",
      'await driver.executeQuery(`EXPLAIN ${cypher(name)}`);',
      "await tx.run('MERGE (u:Unit {key: $key})', { key });",
      "const where = 'WHERE t.level = ' + level;",
      "await tx.run('ingest/no-such-file', {});",
      'await session.run(prefix + statement);',
    ].join('\n');
    expect(scanTypeScript('planted.ts', planted)).toEqual([
      'planted.ts:1: Cypher built in a template literal',
      "planted.ts:2: .run() is given 'MATCH (n) WHERE n.name = ' + name + ' RETURN n', not cypher(name) or a file name",
      'planted.ts:2: Cypher written in a string', // 'MATCH (n) WHERE n.name = '
      'planted.ts:2: Cypher written in a string', // ' RETURN n'
      'planted.ts:3: .executeQuery() is given `EXPLAIN ${cypher(name)}`, not cypher(name) or a file name',
      "planted.ts:4: .run() is given 'MERGE (u:Unit {key: $key})', not cypher(name) or a file name",
      'planted.ts:4: Cypher written in a string',
      'planted.ts:5: Cypher written in a string',
      "planted.ts:6: .run() is given 'ingest/no-such-file', not cypher(name) or a file name",
      'planted.ts:7: .run() is given prefix + statement, not cypher(name) or a file name',
    ]);
  });

  it('lets the repository calls and plain messages through', () => {
    const fine = [
      'const rows = await this.driver.executeQuery(cypher(name), params, { routing });',
      "await tx.run('ingest/pages', { rows });",
      'for (const statement of cypherStatements(name)) await driver.executeQuery(statement);',
      "throw new Error('Set NEO4J_URI to match the server; create the database first');",
      'const help = `Return to the start and match the towns by name`;',
    ].join('\n');
    expect(scanTypeScript('fine.ts', fine)).toEqual([]);
  });

  it('notices Cypher files that run strings or take labels from parameters', () => {
    const planted = [
      '// Params: $label. A comment may say MATCH (n) freely.',
      "CALL apoc.cypher.run('MATCH (n:' + $label + ') RETURN n', {}) YIELD value",
      'MATCH (n:$($label)) RETURN n',
      "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
      "MATCH (t:Town) WHERE t.key = 'town:' + $code RETURN t",
    ].join('\n');
    expect(scanCypher('planted.cypher', planted)).toEqual([
      'planted.cypher:2: a procedure that runs or names from strings',
      'planted.cypher:2: Cypher inside a string', // 'MATCH (n:'
      'planted.cypher:2: Cypher inside a string', // ') RETURN n'
      'planted.cypher:3: a label or type taken from a parameter',
      'planted.cypher:4: a procedure that runs or names from strings',
      'planted.cypher:4: Cypher inside a string',
    ]);
  });
});
