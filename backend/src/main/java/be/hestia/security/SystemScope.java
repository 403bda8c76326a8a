package be.hestia.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * The explicit, logged scope of work that no signed-in user asks for (demo data, scheduled jobs). Row-level security
 * (migration V12) otherwise gives a connection borrowed outside a request no organisation at all, so such work sees
 * and writes nothing until it says which rows it works on. The scope must be opened before the work's transaction
 * starts: a connection takes its scope when it is borrowed from the pool ({@link RowScopeInterceptor}).
 */
public final class SystemScope {

    /** Which rows system work may touch: one organisation's, or every organisation's. */
    record Scope(String purpose, String organisationId) {

        boolean everyOrganisation() {
            return organisationId == null;
        }
    }

    private static final Logger LOG = Logger.getLogger(SystemScope.class);
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private SystemScope() {
    }

    /** Runs {@code work} on the rows of one organisation. */
    public static <T> T inOrganisation(String organisationId, String purpose, Supplier<T> work) {
        if (organisationId == null || organisationId.isBlank()) {
            throw new IllegalArgumentException("An organisation scope needs an organisation");
        }
        return run(new Scope(purpose, organisationId), work);
    }

    /** Runs {@code work} on the rows of every organisation: for work that is about all of them by nature. */
    public static <T> T acrossOrganisations(String purpose, Supplier<T> work) {
        return run(new Scope(purpose, null), work);
    }

    public static void acrossOrganisations(String purpose, Runnable work) {
        acrossOrganisations(purpose, () -> {
            work.run();
            return null;
        });
    }

    static Optional<Scope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    private static <T> T run(Scope scope, Supplier<T> work) {
        Scope outer = CURRENT.get();
        LOG.infof("System work '%s' on %s", scope.purpose(),
                scope.everyOrganisation() ? "every organisation" : "organisation " + scope.organisationId());
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
