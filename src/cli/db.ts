import { ConfigError, loadConfig } from '../config/config.js';
import { dataDirOf, findRunning, startEmbedded, stopEmbedded } from '../db/embedded-neo4j.js';

/**
 * `npm run db:start | db:stop | db:status`: the embedded Neo4j on its own, left running
 * in the background between commands (npm start and npm test reuse it when it is up).
 */
const USAGE = `usage: npm run db:start | db:stop | db:status   (node dist/src/cli/db.js start|stop|status)
The embedded Neo4j on its own, in the background; status exits 3 when it is not running.
`;

async function main(command: string | undefined): Promise<number> {
  if (command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  const config = loadConfig();
  if (config.neo4jUri) {
    process.stderr.write(`NEO4J_URI is set (${config.neo4jUri}); the embedded database is not used.\n`);
    return command === 'status' ? 0 : 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  switch (command) {
    case 'start': {
      const started = await startEmbedded(config, { detached: true, log });
      console.log(`running pid ${started.pid} ${started.uri} data ${dataDirOf(config)}`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopEmbedded(config);
      console.log(stopped ? 'stopped' : 'not running');
      return 0;
    }
    case 'status': {
      const running = await findRunning(config);
      console.log(running ? `running pid ${running.pid} ${running.uri} data ${dataDirOf(config)}` : 'not running');
      return running ? 0 : 3;
    }
    default:
      process.stderr.write(USAGE);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : `db: ${error instanceof Error ? error.message : String(error)}`}\n`,
    );
    process.exit(1);
  },
);
