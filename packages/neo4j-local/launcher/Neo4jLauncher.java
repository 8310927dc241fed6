import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j Community server for local development and tests.
 *
 * Usage: java -cp 'lib/*:target/neo4j-launcher.jar' Neo4jLauncher PORT HOME_DIR [PAGE_CACHE_MB [HOLDER_PID]]
 * (src/index.ts compiles this file into that jar and adds the JVM options; or, by hand, Java's
 * single-file mode: java -cp 'lib/*' launcher/Neo4jLauncher.java 7688 ../../.neo4j)
 *
 * Bolt listens on 127.0.0.1:PORT only; HTTP/HTTPS connectors are off. Data and Neo4j's own logs
 * live under HOME_DIR. SIGTERM (or SIGINT) shuts the databases down cleanly before the JVM exits.
 *
 * With HOLDER_PID (a server started for tests) it also stops by itself once neither that process nor
 * any process with a lease in HOME_DIR/leases is alive, unless neo4j.pid.json says it was taken over
 * by hand: a test run that is killed outright (kill -9) leaves no Neo4j behind.
 */
public final class Neo4jLauncher {
  public static void main(String[] args) throws InterruptedException {
    if (args.length < 2) {
      System.err.println("usage: Neo4jLauncher PORT HOME_DIR [PAGE_CACHE_MB [HOLDER_PID]]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path home = Path.of(args[1]).toAbsolutePath();
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 64;
    long holderPid = args.length > 3 ? Long.parseLong(args[3]) : 0;

    long started = System.nanoTime();
    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          // Bolt on the loopback interface only.
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          // Authentication is disabled: acceptable only because Bolt is bound to 127.0.0.1, so only
          // programs on this machine can connect. Never change the listen address without enabling auth.
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          // Small footprint and a quick start: a modest page cache, no preallocated files, no usage reports.
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
          .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
          // Quick stop: Bolt otherwise waits 5 s for its connections and again for its thread pool (the
          // databases have already shut down cleanly by then).
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
          // No in-JVM (bolt-local) channel: nothing here needs it.
          .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
          .build();
    } catch (RuntimeException e) {
      System.err.println("Neo4j failed to start: " + e);
      e.printStackTrace();
      System.exit(1);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Neo4j shutting down");
      try {
        dbms.shutdown();
      } finally {
        System.out.println("Neo4j stopped");
        stopped.countDown();
      }
    }, "neo4j-shutdown"));

    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("Neo4j ready on bolt://127.0.0.1:" + port + " (home " + home + ", " + ms + " ms)");
    if (holderPid > 0) watchHolders(home, holderPid);
    stopped.await();
  }

  /** Exits (through the shutdown hook) after two looks in a row, two seconds apart, find no holder. */
  private static void watchHolders(Path home, long holderPid) {
    Thread watcher = new Thread(() -> {
      int unheld = 0;
      while (true) {
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException e) {
          return;
        }
        boolean held = takenOverByHand(home) || alive(holderPid) || anyLeaseAlive(home.resolve("leases"));
        unheld = held ? 0 : unheld + 1;
        if (unheld >= 2) {
          System.out.println("No test process holds Neo4j any more: stopping");
          System.exit(0);
        }
      }
    }, "neo4j-holder-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Lease files are named PID-UUID.json. */
  private static boolean anyLeaseAlive(Path leases) {
    try (Stream<Path> files = Files.list(leases)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".json") && n.indexOf('-') > 0)
          .anyMatch(n -> {
            try {
              return alive(Long.parseLong(n.substring(0, n.indexOf('-'))));
            } catch (NumberFormatException e) {
              return false;
            }
          });
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean takenOverByHand(Path home) {
    try {
      return Files.readString(home.resolve("neo4j.pid.json")).contains("\"startedBy\":\"manual\"");
    } catch (IOException e) {
      return false;
    }
  }
}
