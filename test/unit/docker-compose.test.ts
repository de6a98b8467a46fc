import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Docker cannot run on the machines that build this project, so the compose file is
// checked by structure here: a change that breaks it fails a test instead of a user.
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const compose = parse(read('docker-compose.yml'));

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a volume for its data and the Bolt port', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.volumes).toEqual(['neo4j-data:/data']);
    expect(Object.keys(compose.volumes)).toEqual(['neo4j-data']);
    expect(neo4j.ports).toContain('7687:7687');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\//);
  });

  it('gives Neo4j a healthcheck that runs a query', () => {
    const check = compose.services.neo4j.healthcheck;
    expect(check.test.join(' ')).toContain('cypher-shell');
    expect(check.test.join(' ')).toContain('RETURN 1');
    expect(check.retries).toBeGreaterThan(0);
  });

  it('builds the API from the Dockerfile and starts it once the database is healthy', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api.ports).toEqual(['4000:4000']);
  });

  it('points the API at the neo4j service with the same password the database was given', () => {
    const env = compose.services.api.environment;
    expect(env.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(env.NEO4J_USERNAME).toBe('neo4j');
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toBe(`neo4j/${env.NEO4J_PASSWORD}`);
    expect(env.HOST).toBe('0.0.0.0');
  });

  it('sets only variables that the API validates', async () => {
    const { ENV_NAMES } = await import('../../src/config/config.js');
    const known = new Set(Object.values(ENV_NAMES));
    expect(Object.keys(compose.services.api.environment).filter((name) => !known.has(name))).toEqual([]);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('builds with the lock file and starts the compiled server', () => {
    expect(dockerfile).toContain('RUN npm ci');
    expect(dockerfile).toContain('CMD ["node", "dist/src/cli/start.js"]');
  });

  it('ships the files the server reads at run time', () => {
    for (const folder of ['cypher', 'schema', 'seeds']) expect(dockerfile).toContain(`COPY ${folder} ./${folder}`);
  });
});
