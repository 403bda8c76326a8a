package be.hestia.devstack;

import java.io.File;
import java.io.IOException;

/**
 * A tiny bash loop that signals a server process when this JVM disappears without running its shutdown
 * hooks (kill -9, a crashed surefire fork). Daemonized servers (pg_ctl) and child processes (kc.sh) would
 * otherwise outlive it and keep their ports. It ends by itself as soon as the server is gone.
 */
final class Watchdog {

    private static final String SCRIPT = """
            trap '' TERM INT HUP
            jvm=$1; target=$2; sig=$3
            while kill -0 "$jvm" 2>/dev/null && kill -0 "$target" 2>/dev/null; do sleep 1; done
            if kill -0 "$target" 2>/dev/null; then kill -"$sig" "$target" 2>/dev/null; fi
            """;

    private final Process process;

    private Watchdog(Process process) {
        this.process = process;
    }

    /** Sends {@code signal} (e.g. TERM, INT) to {@code targetPid} once this JVM is gone. */
    static Watchdog guard(long targetPid, String signal) {
        try {
            Process p = new ProcessBuilder("bash", "-c", SCRIPT, "watchdog",
                    Long.toString(ProcessHandle.current().pid()), Long.toString(targetPid), signal)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            return new Watchdog(p);
        } catch (IOException e) {
            return new Watchdog(null); // best effort only
        }
    }

    /** Ends the watchdog (the server was stopped normally). */
    void cancel() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
