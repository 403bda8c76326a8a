package be.hestia.testsupport;

import be.hestia.devstack.DevRealm;
import be.hestia.devstack.EmbeddedPostgresServer;
import be.hestia.devstack.KeycloakServer;
import be.hestia.devstack.Logging;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Real PostgreSQL (throwaway data, free port) and real Keycloak (the development realm {@link DevRealm}
 * composes from {@code keycloak/}, free ports) for {@code @QuarkusTest}s, started in parallel.
 *
 * <p>Declare it once, for every test class:
 * <pre>
 * &#64;QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
 * </pre>
 * One stack serves the whole test JVM: a second {@link #start()} (another test profile, a second
 * declaration, another class loader) returns the running stack's configuration, and a JVM shutdown hook
 * stops it. {@link #stop()} therefore keeps it for the next Quarkus start; run with
 * {@code -Dhestia.teststack.reuse=false} to stop it in {@link #stop()} instead.
 *
 * <p>The URLs are kept in system properties, so that every class loader sees the same stack:
 * {@code hestia.teststack.keycloak-url}, {@code hestia.teststack.jdbc-url}. The Keycloak URL is also
 * returned as config property {@code hestia.teststack.keycloak-url}.
 *
 * <p>Logs: {@code target/keycloak-test.log}, {@code target/postgres-test.log}.
 */
public class TestStack implements QuarkusTestResourceLifecycleManager {

    public static final String KEYCLOAK_URL_PROPERTY = "hestia.teststack.keycloak-url";
    public static final String JDBC_URL_PROPERTY = "hestia.teststack.jdbc-url";
    /**
     * The JVM-wide lock: string literals are interned once per JVM, whatever class loader loads this class.
     */
    private static final String LOCK = "be.hestia.testsupport.TestStack#lock";
    /** The running stack, in the class loader that started it. */
    private static AutoCloseable closer;

    @Override
    public Map<String, String> start() {
        synchronized (LOCK) {
            if (System.getProperty(KEYCLOAK_URL_PROPERTY) == null) {
                startStack();
            }
            return config();
        }
    }

    @Override
    public void stop() {
        if (Boolean.parseBoolean(System.getProperty("hestia.teststack.reuse", "true"))) {
            return; // the shutdown hook stops it when the test JVM exits
        }
        synchronized (LOCK) {
            if (closer != null) {
                try {
                    closer.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    closer = null;
                }
            }
        }
    }

    /** {@code http://localhost:PORT} of the test Keycloak (admin/admin). */
    public static String keycloakBaseUrl() {
        String url = System.getProperty(KEYCLOAK_URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("TestStack is not started: annotate the test with "
                    + "@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)");
        }
        return url;
    }

    /** {@code http://localhost:PORT/realms/hestia}: the token issuer. */
    public static String realmUrl() {
        return keycloakBaseUrl() + "/realms/" + KeycloakServer.REALM;
    }

    /** {@code jdbc:postgresql://localhost:PORT/hestia} (users: see {@link EmbeddedPostgresServer}). */
    public static String jdbcUrl() {
        String url = System.getProperty(JDBC_URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("TestStack is not started");
        }
        return url;
    }

    private static Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl());
        config.putAll(EmbeddedPostgresServer.quarkusCredentials());
        config.put("quarkus.oidc.auth-server-url", realmUrl());
        config.put("quarkus.devservices.enabled", "false");
        // A free port instead of 8081, which the e2e stack's backend uses (make test, scripts/e2e.sh).
        config.put("quarkus.http.test-port", "0");
        config.put(KEYCLOAK_URL_PROPERTY, keycloakBaseUrl());
        return config;
    }

    /** 240 s, or {@code -Dhestia.teststack.keycloak-timeout-seconds=N} on a machine busy with other builds. */
    private static Duration keycloakTimeout() {
        return Duration.ofSeconds(Long.getLong("hestia.teststack.keycloak-timeout-seconds", 240));
    }

    private static void startStack() {
        Logging.init(); // before the parallel start: see Logging
        Path target = Path.of("target").toAbsolutePath();
        Path tools = Path.of(System.getProperty("hestia.tools.dir", "../.hestia/tools")).toAbsolutePath().normalize();
        Path keycloakDir = Path.of(System.getProperty("hestia.keycloak.dir", "../keycloak")).toAbsolutePath().normalize();
        Path kcHome = KeycloakServer.home(tools);
        try {
            Files.createDirectories(target);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }

        Path realm = DevRealm.writeTo(keycloakDir, target.resolve("hestia-dev-realm.json"));

        CompletableFuture<EmbeddedPostgresServer> pg = CompletableFuture.supplyAsync(() ->
                EmbeddedPostgresServer.start(0, null, false, target.resolve("postgres-test.log")));
        CompletableFuture<KeycloakServer> kc = CompletableFuture.supplyAsync(() ->
                KeycloakServer.start(kcHome, 0, 0, realm, target.resolve("keycloak-test.log"), keycloakTimeout()));
        EmbeddedPostgresServer postgres;
        KeycloakServer keycloak;
        try {
            CompletableFuture.allOf(pg, kc).join();
            postgres = pg.join();
            keycloak = kc.join();
        } catch (CompletionException e) {
            pg.thenAccept(EmbeddedPostgresServer::stop);
            kc.thenAccept(KeycloakServer::stop);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("TestStack did not start: " + cause.getMessage(), cause);
        }

        AutoCloseable stackCloser = new AutoCloseable() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (closed) {
                    return;
                }
                closed = true;
                System.clearProperty(KEYCLOAK_URL_PROPERTY);
                System.clearProperty(JDBC_URL_PROPERTY);
                CompletableFuture.allOf(
                        CompletableFuture.runAsync(keycloak::stop),
                        CompletableFuture.runAsync(postgres::stop)).join();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stackCloser.close();
            } catch (Exception ignored) {
                // JVM is exiting
            }
        }, "teststack-shutdown"));
        closer = stackCloser;
        System.setProperty(JDBC_URL_PROPERTY, postgres.jdbcUrl());
        System.setProperty(KEYCLOAK_URL_PROPERTY, keycloak.baseUrl());
    }
}
