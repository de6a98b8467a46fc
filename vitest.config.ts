import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// type-graphql and @apollo/server must see the very same graphql module,
// or schema objects built by one fail `instanceof` checks in the other.
const resolve = { alias: { graphql: require.resolve('graphql') } };

export default defineConfig({
  resolve,
  test: {
    // The JSON report is what .ci/run counts passes and failures from.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        // Pure code (extraction, scoring, config parsing): no database needed.
        resolve,
        test: {
          name: 'unit',
          include: ['test/extract/**/*.test.ts', 'test/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // Everything that talks to Neo4j. One database is shared, so files run
        // one at a time and each file puts the graph into the state it needs.
        resolve,
        test: {
          name: 'db',
          include: ['test/**/*.test.ts'],
          exclude: ['test/extract/**', 'test/unit/**'],
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
