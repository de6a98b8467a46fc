#!/usr/bin/env node
// Runs every read-only example against a running server and prints the answer's size
// and the median latency over N runs (after one warm-up):
//   node examples/measure.mjs [url=http://localhost:4000/graphql] [runs=20]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const url = process.argv[2] ?? 'http://localhost:4000/graphql';
const runs = Number(process.argv[3] ?? 20);
const dir = dirname(fileURLToPath(import.meta.url));

async function post(query) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { ms: performance.now() - started, text };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`| example | answer bytes | median ms (${runs} runs) |`);
console.log('| --- | ---: | ---: |');
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()) {
  const query = readFileSync(join(dir, file), 'utf8');
  if (/^\s*mutation\b/m.test(query)) {
    console.log(`| ${file} | (mutation: not run) | |`);
    continue;
  }
  const warm = await post(query);
  if (JSON.parse(warm.text).errors) throw new Error(`${file}: ${warm.text}`);
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await post(query)).ms);
  console.log(`| ${file} | ${Buffer.byteLength(warm.text)} | ${median(times).toFixed(1)} |`);
}
