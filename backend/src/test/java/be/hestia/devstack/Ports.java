package be.hestia.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Small helpers around local TCP ports. */
public final class Ports {

    private Ports() {
    }

    /** Below Linux's ephemeral range (32768-60999), where no outgoing connection takes a port meanwhile. */
    private static final int FIRST = 20000;
    private static final int LAST = 32000;

    /**
     * A port that is free right now on the loopback interface, chosen outside the ephemeral range: a port the kernel
     * picked for us is one it may also give to an outgoing connection (even a client's connection to that very port
     * while nothing listens there yet) before our server binds it.
     */
    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = java.util.concurrent.ThreadLocalRandom.current().nextInt(FIRST, LAST + 1);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
                return port;
            } catch (IOException e) {
                // taken: try another
            }
        }
        throw new IllegalStateException("No free port between " + FIRST + " and " + LAST);
    }

    /** Fails with a readable message when something already listens on the port. */
    public static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is already in use: is another"
                    + " Hestia stack still running? Find it with: ss -ltnp 'sport = :" + port + "'", e);
        }
    }
}
