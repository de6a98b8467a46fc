import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { isAbsolute, join } from 'node:path';
import type { Config } from '../config/config.js';
import { PROJECT_ROOT } from '../project-root.js';

/**
 * Control of the embedded Neo4j Community server (neo4j/Launcher.java) for machines
 * without Docker: build its jars once with Maven, start it, find one already running,
 * and stop it.
 *
 * The launcher writes `<dataDir>/launcher.json` ({pid, boltPort}) once Bolt is up and
 * removes it on a clean shutdown. A file whose pid is dead is the trace of a crash:
 * it is removed and a new server started (Neo4j's store lock is an OS lock, released
 * with the dead process).
 */

const LAUNCHER_DIR = join(PROJECT_ROOT, 'neo4j');
const LAUNCHER_CLASS = 'graph.embedded.Launcher';

export interface RunningNeo4j {
  pid: number;
  boltPort: number;
  uri: string;
}

export interface StartedNeo4j extends RunningNeo4j {
  /** True when this call started it (and so the caller should stop it). */
  startedHere: boolean;
  /** The child process when started attached to this process. */
  child?: ChildProcess;
}

export function dataDirOf(config: Config): string {
  return isAbsolute(config.neo4jDataDir) ? config.neo4jDataDir : join(PROJECT_ROOT, config.neo4jDataDir);
}

const stateFileOf = (config: Config) => join(dataDirOf(config), 'launcher.json');

/** Compiles the launcher and fetches the Neo4j jars from Maven Central, once. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  const classFile = join(LAUNCHER_DIR, 'target/classes/graph/embedded/Launcher.class');
  const libDir = join(LAUNCHER_DIR, 'lib');
  if (existsSync(classFile) && existsSync(libDir) && readdirSync(libDir).some((f) => f.startsWith('neo4j-kernel'))) {
    return;
  }
  log('Building the embedded Neo4j launcher (Maven fetches the jars once)…');
  const result = spawnSync('mvn', ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
    stdio: 'inherit',
  });
  if (result.error) throw new Error(`Could not run Maven (is it installed?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`Maven failed to build neo4j/ (exit ${result.status})`);
}

/** Whether a process with this id is running (signal 0 only asks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

/** The embedded server already running for this data folder, if any; clears a stale state file. */
export async function findRunning(config: Config): Promise<RunningNeo4j | null> {
  const stateFile = stateFileOf(config);
  if (!existsSync(stateFile)) return null;
  let state: { pid: number; boltPort: number };
  try {
    state = JSON.parse(readFileSync(stateFile, 'utf8'));
  } catch {
    rmSync(stateFile, { force: true });
    return null;
  }
  if (!isAlive(state.pid) || !(await portAnswers(state.boltPort))) {
    if (!isAlive(state.pid)) rmSync(stateFile, { force: true });
    return null;
  }
  return { pid: state.pid, boltPort: state.boltPort, uri: `bolt://127.0.0.1:${state.boltPort}` };
}

/**
 * Starts the embedded Neo4j, or reuses the one already serving this data folder.
 * `detached` leaves it running after this process exits (db:start); otherwise it is a
 * child that dies with us.
 */
export async function startEmbedded(
  config: Config,
  options: { detached?: boolean; log?: (line: string) => void } = {},
): Promise<StartedNeo4j> {
  const log = options.log ?? (() => {});
  const running = await findRunning(config);
  if (running) {
    log(`Reusing the embedded Neo4j already running (pid ${running.pid}) at ${running.uri}`);
    return { ...running, startedHere: false };
  }
  if (await portAnswers(config.neo4jBoltPort)) {
    throw new Error(
      `Port ${config.neo4jBoltPort} is taken by another program; set NEO4J_BOLT_PORT to a free port, ` +
        `or NEO4J_URI to use the database listening there.`,
    );
  }
  ensureLauncherBuilt(log);
  const dataDir = dataDirOf(config);
  mkdirSync(dataDir, { recursive: true });
  const logFile = openSync(join(dataDir, 'launcher.log'), 'a');
  const child = spawn(
    'java',
    [
      `-Xms${Math.min(512, config.neo4jHeapMb)}m`,
      `-Xmx${config.neo4jHeapMb}m`,
      '-XX:+UseG1GC',
      `-Dneo4j.home=${dataDir}`,
      `-Dneo4j.boltPort=${config.neo4jBoltPort}`,
      `-Dneo4j.pageCacheMb=${config.neo4jPageCacheMb}`,
      `-Dneo4j.txTimeoutSeconds=${config.neo4jTxTimeoutSeconds}`,
      // Attached: the server follows this process out, even when we are SIGKILLed.
      ...(options.detached ? [] : [`-Dneo4j.parentPid=${process.pid}`]),
      '-cp',
      `${join(LAUNCHER_DIR, 'target/classes')}:${join(LAUNCHER_DIR, 'lib/*')}`,
      LAUNCHER_CLASS,
    ],
    { detached: options.detached ?? false, stdio: ['ignore', logFile, logFile] },
  );
  if (options.detached) child.unref();
  log(`Starting the embedded Neo4j (pid ${child.pid}, data in ${dataDir})…`);
  await waitForLauncher(config, child);
  const pid = child.pid as number;
  return {
    pid,
    boltPort: config.neo4jBoltPort,
    uri: `bolt://127.0.0.1:${config.neo4jBoltPort}`,
    startedHere: true,
    child,
  };
}

async function waitForLauncher(config: Config, child: ChildProcess): Promise<void> {
  let exitCode: number | null = null;
  child.once('exit', (code) => (exitCode = code ?? -1));
  const deadline = Date.now() + config.neo4jStartTimeoutSeconds * 1000;
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      throw new Error(
        `The embedded Neo4j exited with code ${exitCode}; see ${join(dataDirOf(config), 'launcher.log')}`,
      );
    }
    const running = await findRunning(config);
    if (running && running.pid === child.pid) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(
    `The embedded Neo4j did not become ready within ${config.neo4jStartTimeoutSeconds}s ` +
      `(NEO4J_START_TIMEOUT_SECONDS); see ${join(dataDirOf(config), 'launcher.log')}`,
  );
}

/** Stops the embedded server for this data folder (clean shutdown); true if one was running. */
export async function stopEmbedded(config: Config, timeoutMs = 60_000): Promise<boolean> {
  const running = await findRunning(config);
  if (!running) return false;
  return stopPid(running.pid, timeoutMs);
}

export async function stopPid(pid: number, timeoutMs = 60_000): Promise<boolean> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}
