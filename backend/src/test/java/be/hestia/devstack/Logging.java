package be.hestia.devstack;

/**
 * Initialises logging once, on the calling thread, before PostgreSQL and Keycloak start in parallel.
 *
 * <p>Trap: with jboss-logmanager (and Quarkus's InitialConfigurator) on the class path, two threads that
 * initialise {@code java.util.logging} at the same time - zonky through SLF4J, the JDK HTTP client through
 * {@code System.Logger} - can deadlock in class initialisation; the JVM then does not even exit on SIGTERM.
 */
public final class Logging {

    private Logging() {
    }

    public static synchronized void init() {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        java.util.logging.LogManager.getLogManager();
        java.util.logging.Logger.getLogger("be.hestia.devstack");
        System.getLogger("be.hestia.devstack").isLoggable(System.Logger.Level.DEBUG);
        org.slf4j.LoggerFactory.getLogger(Logging.class).isDebugEnabled();
    }
}
