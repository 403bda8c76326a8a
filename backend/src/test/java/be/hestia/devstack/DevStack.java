package be.hestia.devstack;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * PostgreSQL + Keycloak for {@code make run} and the e2e stack, started in parallel, stopped on
 * SIGINT/SIGTERM. Run from the repository root:
 *
 * <pre>
 * java -cp "$(cat backend/target/test-classpath.txt):backend/target/test-classes" \
 *     be.hestia.devstack.DevStack --profile run
 * </pre>
 *
 * Profiles (each option may still be overridden):
 * <ul>
 *   <li>{@code run}: PG 55432 persisted in .hestia/pgdata, Keycloak 8180 (management 9180);</li>
 *   <li>{@code e2e}: PG 55433 in a fresh temporary directory, Keycloak 8181 (management 9181).</li>
 * </ul>
 * Options: {@code --root DIR} (default: current directory), {@code --pg-port N}, {@code --pg-data DIR}
 * (persistent), {@code --pg-temp} (throwaway data), {@code --kc-port N}, {@code --kc-mgmt-port N},
 * {@code --realm FILE} (a complete realm; default: the development realm {@link DevRealm} composes from
 * {@code keycloak/}), {@code --tools DIR}, {@code --logs DIR}, {@code --only postgres|keycloak} (one of the
 * two, e.g. so that make chaos can kill and restart PostgreSQL alone).
 * Prints {@code DEVSTACK READY} once both answer, or {@code DEVSTACK FAILED} and exits 1.
 */
public final class DevStack {

    public static final String READY = "DEVSTACK READY";

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        Logging.init(); // before any parallel start: see Logging
        Options o = Options.parse(args);
        Path logs = o.logs;
        Files.createDirectories(logs);
        boolean withPostgres = !o.only.equals("keycloak");
        boolean withKeycloak = !o.only.equals("postgres");
        Path kcHome = withKeycloak ? KeycloakServer.home(o.tools) : null;
        Path realm = !withKeycloak ? null : o.realm != null ? o.realm
                : DevRealm.writeTo(o.root.resolve("keycloak"), logs.resolve("hestia-dev-realm.json"));
        long t0 = System.nanoTime();
        if (withPostgres) {
            log("starting PostgreSQL on " + o.pgPort
                    + (o.pgData != null ? " (data " + o.pgData + ")" : " (temporary data)"));
        }
        if (withKeycloak) {
            log("starting Keycloak on " + o.kcPort + " (" + kcHome.getFileName() + ", log "
                    + logs.resolve("keycloak.log") + ")");
        }

        List<AutoCloseable> started = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            log("stopping");
            closeAll(started);
            log("stopped");
            stopped.countDown();
        }, "devstack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        CompletableFuture<EmbeddedPostgresServer> pg = !withPostgres ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> register(started, EmbeddedPostgresServer.start(o.pgPort,
                        o.pgData, o.pgData != null, logs.resolve("postgres.log"))));
        // Registered before it is ready, so that a Ctrl-C during start-up stops it too.
        CompletableFuture<KeycloakServer> kc = !withKeycloak ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> register(started,
                        KeycloakServer.launch(kcHome, o.kcPort, o.kcMgmtPort, realm, logs.resolve("keycloak.log")))
                        .awaitReady(Duration.ofSeconds(240)));
        try {
            EmbeddedPostgresServer postgres = pg.join();
            if (postgres != null) {
                log(String.format("PostgreSQL ready: %s (application %s / %s, owner for migrations %s / %s) after %.1f s",
                        postgres.jdbcUrl(), EmbeddedPostgresServer.APP_USER, EmbeddedPostgresServer.APP_PASSWORD,
                        EmbeddedPostgresServer.OWNER_USER, EmbeddedPostgresServer.OWNER_PASSWORD, seconds(t0)));
            }
            KeycloakServer keycloak = kc.join();
            if (keycloak != null) {
                log(String.format("Keycloak ready: %s (admin console %s/admin, admin/admin) after %.1f s",
                        keycloak.realmUrl(), keycloak.baseUrl(), seconds(t0)));
            }
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.out.println("DEVSTACK FAILED: " + cause.getMessage());
            System.out.flush();
            // Wait for the other half to finish starting so that it is stopped too.
            try {
                CompletableFuture.allOf(pg, kc).exceptionally(x -> null).join();
            } catch (RuntimeException ignored) {
                // already reported
            }
            System.exit(1); // runs the shutdown hook
        }
        System.out.println(READY);
        System.out.flush();
        stopped.await(); // until SIGINT/SIGTERM runs the hook
    }

    private static <T extends AutoCloseable> T register(List<AutoCloseable> started, T server) {
        synchronized (started) {
            started.add(server);
        }
        return server;
    }

    private static void closeAll(List<AutoCloseable> started) {
        List<AutoCloseable> copy;
        synchronized (started) {
            copy = new ArrayList<>(started);
        }
        copy.parallelStream().forEach(c -> {
            try {
                c.close();
            } catch (Exception e) {
                log("error while stopping: " + e);
            }
        });
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void log(String message) {
        System.out.println("[devstack] " + message);
        System.out.flush();
    }

    private static final class Options {
        Path root = Path.of("").toAbsolutePath();
        int pgPort;
        Path pgData;
        int kcPort;
        int kcMgmtPort;
        Path realm;
        Path tools;
        Path logs;
        String only = "all";

        static Options parse(String[] args) {
            Options o = new Options();
            String profile = "run";
            List<String[]> overrides = new ArrayList<>();
            boolean pgTemp = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--pg-temp")) {
                    pgTemp = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value after " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--profile" -> profile = v;
                    case "--root" -> o.root = Path.of(v).toAbsolutePath().normalize();
                    default -> overrides.add(new String[] {a, v});
                }
            }
            switch (profile) {
                case "run" -> {
                    o.pgPort = 55432;
                    o.pgData = o.root.resolve(".hestia/pgdata");
                    o.kcPort = 8180;
                    o.kcMgmtPort = 9180;
                    o.logs = o.root.resolve(".hestia/logs");
                }
                case "e2e" -> {
                    o.pgPort = 55433;
                    o.pgData = null;
                    o.kcPort = 8181;
                    o.kcMgmtPort = 9181;
                    o.logs = o.root.resolve(".hestia/logs/e2e");
                }
                default -> throw new IllegalArgumentException("Unknown profile " + profile + " (run|e2e)");
            }
            o.realm = null; // composed from keycloak/ unless --realm names a complete realm file
            o.tools = o.root.resolve(".hestia/tools");
            for (String[] kv : overrides) {
                String v = kv[1];
                switch (kv[0]) {
                    case "--pg-port" -> o.pgPort = Integer.parseInt(v);
                    case "--pg-data" -> o.pgData = o.root.resolve(v).normalize();
                    case "--kc-port" -> o.kcPort = Integer.parseInt(v);
                    case "--kc-mgmt-port" -> o.kcMgmtPort = Integer.parseInt(v);
                    case "--realm" -> o.realm = o.root.resolve(v).normalize();
                    case "--tools" -> o.tools = o.root.resolve(v).normalize();
                    case "--logs" -> o.logs = o.root.resolve(v).normalize();
                    case "--only" -> {
                        if (!v.equals("postgres") && !v.equals("keycloak")) {
                            throw new IllegalArgumentException("--only takes postgres or keycloak, not " + v);
                        }
                        o.only = v;
                    }
                    default -> throw new IllegalArgumentException("Unknown option " + kv[0]);
                }
            }
            if (pgTemp) {
                o.pgData = null;
            }
            return o;
        }
    }
}
