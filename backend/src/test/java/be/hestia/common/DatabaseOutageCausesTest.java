package be.hestia.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/**
 * The shapes in which a database outage reached ProblemMappers during make chaos runs, and what is not one.
 * The end-to-end behaviour is in be.hestia.platform.DatabaseOutageTest.
 */
class DatabaseOutageCausesTest {

    @Test
    void aRefusedConnectionUnderHibernateIsAnOutage() {
        SQLException refused = new SQLException("Connection to localhost:55435 refused", "08001");
        assertThat(DatabaseOutage.causedBy(new PersistenceException("Unable to acquire JDBC Connection", refused))).isTrue();
    }

    @Test
    void aCommitThatFailedAsThePostmasterDiedIsAnOutage() {
        // Narayana keeps the JDBC error as a suppressed exception of the RollbackException, not as its cause.
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01"));
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(xa);
        assertThat(DatabaseOutage.causedBy(new RuntimeException("Error invoking subclass method", commit))).isTrue();
    }

    @Test
    void thePoolHavingNoConnectionInTimeIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        assertThat(DatabaseOutage.causedBy(new PersistenceException(nul))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }
}
