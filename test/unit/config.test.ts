import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('has defaults that start the embedded database and serve on :4000', () => {
    const config = loadConfig({});
    expect(config.neo4jUri).toBeUndefined();
    expect(config.neo4jBoltPort).toBe(7687);
    expect(config.neo4jDataDir).toBe('.data/neo4j');
    expect(config.neo4jHeapMb).toBe(2048);
    expect(config.neo4jPageCacheMb).toBe(1024);
    expect(config.port).toBe(4000);
    expect(config.seedsDir).toBe('seeds');
    expect(config.apiToken).toBeUndefined();
  });

  it('reads numbers as numbers and treats empty variables as unset', () => {
    const config = loadConfig({ PORT: '8080', NEO4J_BOLT_PORT: '7700', NEO4J_URI: '', API_TOKEN: '  ' });
    expect(config.port).toBe(8080);
    expect(config.neo4jBoltPort).toBe(7700);
    expect(config.neo4jUri).toBeUndefined();
    expect(config.apiToken).toBeUndefined();
  });

  it('accepts bolt, neo4j and encrypted URIs for an external database or cluster', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster.example:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4jUri).toBe(uri);
    }
  });

  it('names the bad variable and what is wrong with it', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual(['PORT="eighty": must be a whole number']);
    expect(problemsOf({ NEO4J_URI: 'http://localhost:7474' })).toEqual([
      'NEO4J_URI="http://localhost:7474": must be a Bolt URI such as bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
    ]);
    expect(problemsOf({ NEO4J_BOLT_PORT: '70000' })).toEqual(['NEO4J_BOLT_PORT=70000: must not be greater than 65535']);
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toEqual([
      'LOG_LEVEL="loud": must be one of the following values: debug, info, warn, error, silent',
    ]);
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: '-1', NEO4J_HEAP_MB: '10' })).toHaveLength(2);
  });

  it('never prints a secret it refuses', () => {
    const problems = problemsOf({ API_TOKEN: 'short-secret' });
    expect(problems).toEqual(['API_TOKEN=(hidden): must be at least 16 characters long']);
    expect(problems.join()).not.toContain('short-secret');
  });
});
