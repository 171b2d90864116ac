package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
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
}
