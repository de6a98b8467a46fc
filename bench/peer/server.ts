import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cypher } from '../../src/db/cypher-files.js';
import { PROJECT_ROOT } from '../../src/project-root.js';

/**
 * The PEER of the query bench: the same graph served by @neo4j/graphql 7 (Neo4jGraphQL
 * over bench/peer/schema.graphql) and @apollo/server, as a stock @neo4j/graphql user would
 * serve it. Run as its own process: `node dist/bench/peer/server.js --bolt bolt://… --port 4742`.
 */

/** The SDL with each `#cypher:<name>` replaced by the statement of cypher/bench/<name>.cypher as a block string. */
export function peerTypeDefs(): string {
  const sdl = readFileSync(join(PROJECT_ROOT, 'bench', 'peer', 'schema.graphql'), 'utf8');
  return sdl.replace(/#cypher:([a-z0-9-]+)/g, (_, name: string) => {
    const statement = cypher(`bench/${name}`)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    return `"""\n${statement.replace(/"""/g, '\\"""')}\n"""`;
  });
}

export async function startPeer(options: { bolt: string; port: number; username?: string; password?: string }) {
  const auth = options.password ? neo4j.auth.basic(options.username ?? 'neo4j', options.password) : undefined;
  const driver = neo4j.driver(options.bolt, auth, { maxConnectionPoolSize: 100 });
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: options.port, host: '127.0.0.1' } });
  return {
    url,
    async close() {
      await server.stop();
      await driver.close();
    },
  };
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback?: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const peer = await startPeer({
    bolt: flag('bolt', process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687')!,
    port: Number(flag('port', '0')),
    username: process.env.NEO4J_USERNAME,
    password: process.env.NEO4J_PASSWORD,
  });
  process.stdout.write(`peer listening ${peer.url}\n`);
  const stop = () => void peer.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`peer: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
