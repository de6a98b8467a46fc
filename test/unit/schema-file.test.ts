import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, printApiSchema } from '../../src/api/schema.js';

describe('schema/schema.graphql', () => {
  it('is the SDL the code builds (run `npm run schema` after changing the API)', async () => {
    const checkedIn = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(printApiSchema(await buildApiSchema())).toBe(checkedIn);
  });
});
