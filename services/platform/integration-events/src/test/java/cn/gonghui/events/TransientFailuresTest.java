package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void connectionLossDeadlockAndSerializationFailuresPassByThemselves() {
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLTransientConnectionException("pool exhausted")))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("connection refused", "08001"))).isTrue();
    }

    @Test
    void badDataAndBugsFailTheSameWayEveryTime() {
        assertThat(TransientFailures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("this event cannot be applied"))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
    }

    @Test
    void lockAndConnectionFailuresAsJpaAndHibernateReportThemPassByThemselves() {
        assertThat(TransientFailures.isTransient(new jakarta.persistence.PessimisticLockException("row locked"))).isTrue();
        assertThat(TransientFailures.isTransient(new jakarta.persistence.LockTimeoutException("lock timeout"))).isTrue();
        assertThat(TransientFailures.isTransient(new org.hibernate.exception.JDBCConnectionException("gone", new SQLException("gone"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new org.hibernate.exception.LockAcquisitionException("deadlock", new SQLException("x"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLRecoverableException("connection reset"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLTimeoutException("timed out"))).as("a SQLTransientException").isTrue();
    }

    /** Before: retried for ever, blocking its partition; a query that times out will time out again. */
    @Test
    void aStatementTimeoutIsNotTransient() {
        assertThat(TransientFailures.isTransient(new jakarta.persistence.QueryTimeoutException("statement timeout"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("canceling statement due to statement timeout", "57014"))).isFalse();
    }

    @Test
    void theSqlStateClassDecides() {
        assertThat(TransientFailures.transientState("53300")).as("too many connections").isTrue();
        assertThat(TransientFailures.transientState("53200")).as("out of memory").isTrue();
        assertThat(TransientFailures.transientState("57P03")).as("cannot connect now").isTrue();
        assertThat(TransientFailures.transientState("55P03")).as("lock not available").isTrue();
        assertThat(TransientFailures.transientState("08006")).as("connection failure").isTrue();
        assertThat(TransientFailures.transientState("55000")).as("object not in prerequisite state").isFalse();
        assertThat(TransientFailures.transientState("57014")).as("a statement timeout will time out again").isFalse();
        assertThat(TransientFailures.transientState("22008")).as("datetime field overflow").isFalse();
        assertThat(TransientFailures.transientState("42P01")).as("undefined table").isFalse();
        assertThat(TransientFailures.transientState(null)).isFalse();
        assertThat(TransientFailures.transientState("")).isFalse();
    }

    @Test
    void theCauseIsFoundHoweverDeepAndNothingIsNotTransient() {
        Throwable deep = new SQLException("serialization", "40001");
        for (int i = 0; i < 10; i++) {
            deep = new RuntimeException("wrapped " + i, deep);
        }
        assertThat(TransientFailures.isTransient(deep)).isTrue();
        assertThat(TransientFailures.isTransient(null)).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
    }
}
