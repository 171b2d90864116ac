package cn.gonghui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/** Database failures that are no bug of the service answer 409 or 400, never 500 (review S18). */
class ConcurrencyProblemsTest {

    final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDeadlockOrSerializationFailureIsAConcurrentUpdate() {
        assertThat(mappers.database(new LockAcquisitionException("deadlock", new SQLException("deadlock detected", "40P01")), null, null)
                .getStatus()).isEqualTo(409);
        assertThat(mappers.database(new GenericJDBCException("serialize", new SQLException("could not serialize", "40001")), null, null)
                .getStatus()).isEqualTo(409);
        assertThat(((Problem) mappers.database(new GenericJDBCException("lock", new SQLException("lock not available", "55P03")), null, null)
                .getEntity()).type()).isEqualTo(ProblemType.CONCURRENT_UPDATE.uri());
    }

    @Test
    void aValueTheDatabaseCannotStoreIsBadInput() {
        assertThat(mappers.database(new GenericJDBCException("range", new SQLException("date out of range", "22008")), null, null)
                .getStatus()).isEqualTo(400);
    }

    @Test
    void anythingElseFromTheDatabaseIsAnInternalError() {
        assertThat(mappers.database(new GenericJDBCException("boom", new SQLException("relation does not exist", "42P01")), null, null)
                .getStatus()).isEqualTo(500);
    }
}
