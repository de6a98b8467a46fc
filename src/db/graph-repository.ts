import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { cypher, cypherStatements } from './cypher-files.js';

export type Params = Record<string, unknown>;

/**
 * The one way into the graph. Every statement is a named file under `cypher/`, run with
 * parameters — never text built from user input. Reads go in read transactions and
 * writes in write transactions, so a cluster can route them to followers and the leader.
 */
export class GraphRepository {
  /** Round-trips made so far; tests use it to prove batching. */
  queryCount = 0;

  /**
   * Moves on after every write through this repository has ended (committed or not), so a
   * cache keyed on it never serves an answer read before the write (see read-cache.ts).
   */
  get writeGeneration(): number {
    return this.writes;
  }
  private writes = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: { database?: string; timeoutMs?: number } = {},
  ) {}

  /** Runs `cypher/<name>.cypher` in a read transaction and returns its rows as plain objects. */
  async read<Row extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<Row[]> {
    return this.run<Row>(name, params, neo4j.routing.READ);
  }

  /** Runs `cypher/<name>.cypher` in a write transaction. */
  async write<Row extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<Row[]> {
    return this.run<Row>(name, params, neo4j.routing.WRITE);
  }

  /**
   * Several writes that must land together or not at all (a batch of ingest). `minTimeoutMs`
   * raises the configured transaction timeout for work known to be large but bounded.
   */
  async writeTransaction<T>(
    work: (tx: GraphTransaction) => Promise<T>,
    options: { minTimeoutMs?: number } = {},
  ): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const configured = this.options.timeoutMs;
    const timeout = configured && options.minTimeoutMs ? Math.max(configured, options.minTimeoutMs) : configured;
    try {
      return await session.executeWrite(
        (tx) => work(new GraphTransaction(tx, this)),
        timeout ? { timeout } : undefined,
      );
    } finally {
      this.writes++;
      await session.close();
    }
  }

  /**
   * Runs a maintenance statement that batches itself (`CALL { … } IN TRANSACTIONS`), which
   * Neo4j only accepts outside an explicit transaction; so it runs as an auto-commit query.
   */
  async writeInBatches(name: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.queryCount++;
      await session.run(cypher(name), params, this.txConfig());
    } finally {
      this.writes++;
      await session.close();
    }
  }

  /** Applies a multi-statement file such as schema.cypher, one statement at a time (schema changes cannot share a transaction). */
  async applyStatements(name: string): Promise<number> {
    const statements = cypherStatements(name);
    try {
      for (const statement of statements) {
        this.queryCount++;
        await this.driver.executeQuery(
          statement,
          {},
          { database: this.options.database, routing: neo4j.routing.WRITE },
        );
      }
    } finally {
      this.writes++;
    }
    return statements.length;
  }

  private async run<Row extends RecordShape>(name: string, params: Params, routing: 'READ' | 'WRITE'): Promise<Row[]> {
    this.queryCount++;
    try {
      const result = await this.driver.executeQuery(cypher(name), params, {
        database: this.options.database,
        routing,
        transactionConfig: this.txConfig(),
      });
      return result.records.map((record) => record.toObject() as Row);
    } finally {
      if (routing === neo4j.routing.WRITE) this.writes++;
    }
  }

  private txConfig() {
    return this.options.timeoutMs ? { timeout: this.options.timeoutMs } : undefined;
  }
}

/** A write transaction in progress; it runs named files too. */
export class GraphTransaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly repository: GraphRepository,
  ) {}

  async run<Row extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<Row[]> {
    this.repository.queryCount++;
    const result = await this.tx.run(cypher(name), params);
    return result.records.map((record) => record.toObject() as Row);
  }

  /** Like `run`, and also says what the statement changed (the driver's `summary.counters.updates()`). */
  async update<Row extends RecordShape = RecordShape>(
    name: string,
    params: Params = {},
  ): Promise<{ rows: Row[]; updates: Record<string, number> }> {
    this.repository.queryCount++;
    const result = await this.tx.run(cypher(name), params);
    return {
      rows: result.records.map((record) => record.toObject() as Row),
      updates: { ...result.summary.counters.updates() },
    };
  }
}
