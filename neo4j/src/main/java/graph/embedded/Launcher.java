package graph.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j Community DBMS inside this JVM and serves Bolt on loopback only.
 *
 * <p>Configuration comes from system properties set by the Node side (src/db/embedded):
 * neo4j.home, neo4j.boltPort, neo4j.pageCacheMb, neo4j.txTimeoutSeconds, and optionally
 * neo4j.parentPid: when set, the DBMS shuts itself down once that process is gone, so a
 * killed `npm start` or test run never leaves an orphaned database behind.
 *
 * <p>Protocol with the parent process: once Bolt accepts connections the launcher writes
 * {@code <home>/launcher.json} (pid, port) and prints one line {@code READY bolt://127.0.0.1:PORT}.
 * SIGINT/SIGTERM shut the DBMS down cleanly (the JVM runs the shutdown hook), then the
 * state file is removed. A crash leaves the file behind; the Node side treats a file whose
 * pid is dead as stale. Neo4j's own store lock is an OS file lock, released when the process dies.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(System.getProperty("neo4j.home", ".data/neo4j")).toAbsolutePath();
    int port = Integer.getInteger("neo4j.boltPort", 7687);
    long pageCacheMb = Long.getLong("neo4j.pageCacheMb", 512L);
    long txTimeoutSeconds = Long.getLong("neo4j.txTimeoutSeconds", 30L);
    Files.createDirectories(home);
    Path stateFile = home.resolve("launcher.json");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            // Bolt waits 5 s for idle worker threads by default, which made every stop take 10 s.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            // Loopback only, so the DBMS needs no password; the API in front of it is the gate.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("STOPPING");
                  dbms.shutdown();
                  deleteQuietly(stateFile);
                  System.out.println("STOPPED");
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    watchParent(Long.getLong("neo4j.parentPid"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    // Wait until the default database is really online before announcing readiness.
    while (!db.isAvailable(1000)) {
      System.out.println("WAITING for database");
    }
    String json =
        String.format(
            "{\"pid\":%d,\"boltPort\":%d,\"home\":\"%s\"}%n",
            ProcessHandle.current().pid(), port, home.toString().replace("\\", "\\\\"));
    Files.writeString(stateFile, json, StandardCharsets.UTF_8);
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static void watchParent(Long parentPid) {
    if (parentPid == null) return;
    Thread watcher =
        new Thread(
            () -> {
              while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
              }
              System.out.println("PARENT " + parentPid + " GONE");
              System.exit(0); // runs the shutdown hook
            },
            "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The Node side treats a state file with a dead pid as stale anyway.
    }
  }
}
