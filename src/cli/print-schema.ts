import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiSchema, printApiSchema } from '../api/schema.js';
import { PROJECT_ROOT } from '../project-root.js';

/**
 * `npm run schema`: writes the SDL the server exposes to schema/schema.graphql. The file
 * is checked in so reviewers see API changes in diffs; a test fails when it is stale.
 */
const args = process.argv.slice(2);
if (args.length > 0) {
  const help = args[0] === '--help' || args[0] === '-h';
  (help ? process.stdout : process.stderr).write(
    `${help ? '' : `unknown argument ${args[0]}\n`}usage: npm run schema   (writes schema/schema.graphql from the code)\n`,
  );
  process.exit(help ? 0 : 2);
}
const target = join(PROJECT_ROOT, 'schema', 'schema.graphql');
writeFileSync(target, printApiSchema(await buildApiSchema()));
process.stdout.write(`wrote ${target}\n`);
