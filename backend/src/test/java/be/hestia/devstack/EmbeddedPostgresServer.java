package be.hestia.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL server (zonky binaries from Maven jars, PostgreSQL 17) with the Hestia database
 * {@value #DATABASE} and its two roles: {@value #OWNER_USER} owns the schema and runs the migrations,
 * {@value #APP_USER} is the application's (rows only, see V11). Both are created when missing, so that a
 * data directory made before the application role existed keeps working.
 *
 * <ul>
 *   <li>persistent: the data directory is kept on stop and reused on the next start (zonky only runs
 *       initdb when {@code postgresql.conf} is missing), as for {@code make run};</li>
 *   <li>throwaway: a fresh data directory, deleted on stop, as for tests and the e2e stack.</li>
 * </ul>
 * Connections are trusted (initdb -A trust); the roles still get their passwords so clients may send them.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "hestia";
    public static final String OWNER_USER = "hestia";
    public static final String OWNER_PASSWORD = "hestia";
    public static final String APP_USER = "hestia_app";
    public static final String APP_PASSWORD = "hestia_app";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final boolean persistent;
    private final Watchdog watchdog;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, boolean persistent) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.persistent = persistent;
        // pg_ctl daemonizes the postmaster: have it stopped (SIGINT = fast shutdown) should this JVM be killed.
        this.watchdog = postmasterPid(dataDir).map(pid -> Watchdog.guard(pid, "INT")).orElse(null);
    }

    /**
     * Starts PostgreSQL.
     *
     * @param port       TCP port on localhost, or 0 for a free one
     * @param dataDir    data directory, or null for a fresh temporary one
     * @param persistent keep (and reuse) the data directory; false deletes it on stop
     * @param logFile    where initdb/pg_ctl/server output goes (appended), or null to log through SLF4J
     */
    public static EmbeddedPostgresServer start(int port, Path dataDir, boolean persistent, Path logFile) {
        try {
            Path dir = dataDir != null ? dataDir.toAbsolutePath().normalize()
                    : Files.createTempDirectory("hestia-pg-");
            Files.createDirectories(dir);
            if (persistent) {
                stopOrphanedPostmaster(dir);
            }
            if (port != 0) {
                Ports.requireFree(port, "PostgreSQL");
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(!persistent)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Durable commits for the persisted dev database; zonky's default is off.
                    .setServerConfig("synchronous_commit", persistent ? "on" : "off")
                    .setServerConfig("max_connections", "100");
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                ProcessBuilder.Redirect redirect = ProcessBuilder.Redirect.appendTo(logFile.toFile());
                builder.setOutputRedirector(redirect).setErrorRedirector(redirect);
            }
            EmbeddedPostgres pg = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, dir, persistent);
            server.ensureRolesAndDatabase();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start"
                    + (logFile != null ? " (see " + logFile + ")" : ""), e);
        }
    }

    /** {@code jdbc:postgresql://localhost:PORT/hestia}, without credentials. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /**
     * The Quarkus settings that connect to this server: the datasource as the application role, Flyway as
     * the owner.
     */
    public static Map<String, String> quarkusCredentials() {
        return Map.of(
                "quarkus.datasource.username", APP_USER,
                "quarkus.datasource.password", APP_PASSWORD,
                "quarkus.flyway.username", OWNER_USER,
                "quarkus.flyway.password", OWNER_PASSWORD);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Fast shutdown; a throwaway data directory is deleted. Idempotent. */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (watchdog != null) {
                watchdog.cancel();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Kills the postmaster with SIGKILL, as the OOM killer or a power cut would: no shutdown checkpoint,
     * the data directory left as the crash left it. Returns once its server processes are gone (they exit
     * when they see the postmaster die) and this handle has let go of the directory, so that
     * {@link #start} on the same directory runs PostgreSQL's crash recovery. For fault tests; needs a
     * persistent server (a throwaway directory would be deleted here).
     */
    public void crash() {
        if (!persistent) {
            throw new IllegalStateException("crash() needs a persistent data directory");
        }
        long pid = postmasterPid(dataDir).orElseThrow(() -> new IllegalStateException("No postmaster.pid in " + dataDir));
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL (pid " + pid + ") is not running"));
        List<ProcessHandle> servers = new ArrayList<>(postmaster.descendants().toList());
        servers.add(postmaster);
        postmaster.destroyForcibly();
        for (ProcessHandle p : servers) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("PostgreSQL process " + p.pid() + " outlived its postmaster", e);
            }
        }
        // pg_ctl finds no server to stop (zonky logs it); the lock on the directory is released.
        stop();
    }

    private void ensureRolesAndDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            ensureRole(c, OWNER_USER, OWNER_PASSWORD);
            ensureRole(c, APP_USER, APP_PASSWORD);
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_USER + " ENCODING 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the " + DATABASE + " roles/database", e);
        }
    }

    /** A login role without any other attribute (no superuser, no CREATEROLE, no CREATEDB). */
    private static void ensureRole(Connection c, String name, String password) throws SQLException {
        if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
            }
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * A postmaster left running by a killed JVM (pg_ctl daemonizes it) keeps the data directory and
     * port busy: stop it (SIGINT = fast shutdown) before starting again.
     */
    private static void stopOrphanedPostmaster(Path dir) {
        Optional<Long> postmaster = postmasterPid(dir);
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get();
        Optional<ProcessHandle> handle = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(cmd -> cmd.contains("postgres")).orElse(false));
        if (handle.isEmpty()) {
            return;
        }
        System.err.println("[devstack] stopping orphaned PostgreSQL (pid " + pid + ") of " + dir);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (handle.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (handle.get().isAlive()) {
                handle.get().destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The pid on the first line of {@code postmaster.pid}, if any. */
    private static Optional<Long> postmasterPid(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
