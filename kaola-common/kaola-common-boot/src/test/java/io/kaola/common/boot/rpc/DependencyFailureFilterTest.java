package io.kaola.common.boot.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyFailureFilterTest {

    @Test
    void aDatabaseThatIsGoneIsAnUnavailableDependencyWhereverItSitsInTheCauseChain() {
        var direct = new DataAccessResourceFailureException("connection reset");
        var wrapped = new IllegalStateException("placing failed",
                new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timeout")));
        assertThat(DependencyFailureFilter.unavailable(direct)).isEqualTo(DataAccessResourceFailureException.class.getName());
        assertThat(DependencyFailureFilter.unavailable(wrapped)).isEqualTo(CannotCreateTransactionException.class.getName());
    }

    @Test
    void aRefusalOrABugIsLeftAsItIs() {
        var refusal = new KaolaException(CommonError.NOT_FOUND.code(), CommonError.NOT_FOUND.kind(), "t", "d");
        assertThat(DependencyFailureFilter.unavailable(refusal)).isNull();
        assertThat(DependencyFailureFilter.unavailable(new DuplicateKeyException("dup"))).isNull();
        assertThat(DependencyFailureFilter.unavailable(new NullPointerException())).isNull();
    }
}
