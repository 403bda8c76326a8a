package be.hestia.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;

/**
 * Gives every connection borrowed from the pool the row scope of whoever borrows it, for the row-level security
 * policies of migration V12: the caller's organisation (and PCS) from the verified token inside a request, the
 * {@link SystemScope} of system work, and otherwise nothing, which PostgreSQL answers with no rows. The scope is set
 * on every borrowing, so a connection never keeps its previous borrower's.
 */
@ApplicationScoped
public class RowScopeInterceptor implements AgroalPoolInterceptor {

    private static final String SET_SCOPE = """
            select set_config('hestia.organisation', ?, false), set_config('hestia.pcs', ?, false),
                   set_config('hestia.system', ?, false)""";

    /** What one borrowing may see; empty strings are "none". */
    record RowScope(String organisation, String pcs, boolean system) {

        static final RowScope NONE = new RowScope("", "", false);
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        RowScope scope = scope();
        try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
            statement.setString(1, scope.organisation());
            statement.setString(2, scope.pcs());
            statement.setString(3, scope.system() ? "on" : "off");
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the connection's row scope", e);
        }
    }

    static RowScope scope() {
        Optional<SystemScope.Scope> system = SystemScope.current();
        if (system.isPresent()) {
            SystemScope.Scope scope = system.get();
            return scope.everyOrganisation() ? new RowScope("", "", true)
                    : new RowScope(scope.organisationId(), "", false);
        }
        if (!Arc.container().requestContext().isActive()) {
            return RowScope.NONE;
        }
        InjectableInstance<CurrentUser> users = Arc.container().select(CurrentUser.class);
        try {
            CurrentUser user = users.get();
            if (!user.isAuthenticated()) {
                return RowScope.NONE;
            }
            return new RowScope(user.organisationClaim().orElse(""), user.pcsClaim().orElse(""), false);
        } catch (RuntimeException e) {
            // No verifiable caller: fail closed, no rows.
            return RowScope.NONE;
        }
    }
}
