package be.hestia.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak (the keycloak-quarkus-dist unpacked by Maven into {@code .hestia/tools}) started as a
 * child process: {@code kc.sh start-dev --db=dev-mem --import-realm}, so every start imports the realm
 * file afresh and nothing survives a stop. Development and tests import the realm {@link DevRealm} composes.
 *
 * <p>It listens on 127.0.0.1 but every URL is spelled {@code http://localhost:PORT}: start-dev derives the
 * token issuer from the request, so browser, backend and tests all see
 * {@code http://localhost:PORT/realms/hestia}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "hestia";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final int httpPort;
    private final int managementPort;
    private final Path logFile;
    private final Watchdog watchdog;

    private KeycloakServer(Process process, int httpPort, int managementPort, Path logFile) {
        this.process = process;
        this.watchdog = Watchdog.guard(process.pid(), "TERM");
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = logFile;
    }

    /**
     * The Keycloak home under a tools directory: {@code keycloak-<version>} (the newest if several).
     * The system property {@code hestia.keycloak.home} overrides it.
     */
    public static Path home(Path toolsDir) {
        String explicit = System.getProperty("hestia.keycloak.home");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        try (Stream<Path> dirs = Files.list(toolsDir)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("keycloak-"))
                    .filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> p.toAbsolutePath().normalize())
                    .orElseThrow(() -> missingKeycloak(toolsDir));
        } catch (IOException e) {
            throw missingKeycloak(toolsDir);
        }
    }

    private static IllegalStateException missingKeycloak(Path toolsDir) {
        return new IllegalStateException("No Keycloak under " + toolsDir.toAbsolutePath()
                + ": unpack it with `cd backend && ./mvnw -B -q dependency:unpack@unpack-keycloak`"
                + " (also done by any build reaching generate-test-resources)");
    }

    public static KeycloakServer start(Path home, int httpPort, int managementPort, Path realmFile, Path logFile) {
        return start(home, httpPort, managementPort, realmFile, logFile, DEFAULT_TIMEOUT);
    }

    /**
     * Starts Keycloak and waits until the realm's discovery document answers 200; stops it if it does not.
     *
     * @param httpPort       0 for a free port
     * @param managementPort 0 for a free port
     * @param logFile        Keycloak's console output (truncated at each start)
     */
    public static KeycloakServer start(Path home, int httpPort, int managementPort, Path realmFile, Path logFile,
                                       Duration timeout) {
        KeycloakServer server = launch(home, httpPort, managementPort, realmFile, logFile);
        try {
            return server.awaitReady(timeout);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /**
     * Starts the Keycloak process without waiting for it: follow with {@link #awaitReady(Duration)}. A null
     * {@code realmFile} imports nothing (only the master realm exists; wait with {@link #awaitMasterReady}).
     */
    public static KeycloakServer launch(Path home, int httpPort, int managementPort, Path realmFile, Path logFile) {
        int http = httpPort != 0 ? httpPort : Ports.free();
        int mgmt = managementPort != 0 ? managementPort : Ports.free();
        while (mgmt == http) {
            mgmt = Ports.free();
        }
        if (httpPort != 0) {
            Ports.requireFree(http, "Keycloak");
        }
        if (managementPort != 0) {
            Ports.requireFree(mgmt, "Keycloak management");
        }
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw missingKeycloak(home.getParent());
        }
        if (realmFile != null && !Files.isRegularFile(realmFile)) {
            throw new IllegalStateException("Realm file not found: " + realmFile.toAbsolutePath());
        }
        try {
            if (realmFile != null) {
                installRealm(home, realmFile);
            }
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            kcSh.toFile().setExecutable(true);

            List<String> command = new ArrayList<>(List.of(kcSh.toString(), "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + http,
                    "--http-management-port=" + mgmt,
                    "--health-enabled=true",
                    "--db=dev-mem"));
            if (realmFile != null) {
                command.add("--import-realm");
            }
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = pb.environment();
            env.remove("JAVA_OPTS");
            env.remove("JAVA_OPTS_APPEND");
            env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("QUARKUS_"));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            // C1 only: a slightly faster start on 2 cores; peak throughput does not matter here.
            env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            return new KeycloakServer(pb.start(), http, mgmt, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start (see " + logFile + ")", e);
        }
    }

    /**
     * Copies the realm into {@code data/import} atomically (another Keycloak of this checkout may be
     * starting at the same moment and read it).
     */
    private static void installRealm(Path home, Path realmFile) throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Path tmp = Files.createTempFile(importDir, ".realm-", ".tmp");
        Files.copy(realmFile, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Polls the discovery URL until 200; fails early, with the log tail, if the process dies. */
    public KeycloakServer awaitReady(Duration timeout) {
        return awaitDiscovery(discoveryUrl(), timeout);
    }

    /** As {@link #awaitReady}, for a Keycloak launched without a realm to import. */
    public KeycloakServer awaitMasterReady(Duration timeout) {
        return awaitDiscovery(baseUrl() + "/realms/master/.well-known/openid-configuration", timeout);
    }

    private KeycloakServer awaitDiscovery(String url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + logFile + ":\n" + logTail(40));
            }
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Keycloak not ready after " + timeout.toSeconds() + " s. Last lines of "
                + logFile + ":\n" + logTail(40));
    }

    /** {@code http://localhost:PORT} */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** {@code http://localhost:PORT/realms/hestia}: the issuer and the Quarkus auth-server-url. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String discoveryUrl() {
        return realmUrl() + "/.well-known/openid-configuration";
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops kc.sh and its JVM (SIGTERM, then SIGKILL after 30 s) and waits for the whole tree. Idempotent. */
    public void stop() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        // kc.sh forwards SIGTERM to its java child; signal the children directly as well.
        for (int i = tree.size() - 1; i >= 0; i--) {
            tree.get(i).destroy();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    p.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception e) {
                // fall through to the forcible kill
            }
        }
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watchdog.cancel();
    }

    @Override
    public void close() {
        stop();
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
