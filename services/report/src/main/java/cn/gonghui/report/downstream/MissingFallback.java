package cn.gonghui.report.downstream;

import java.util.concurrent.CancellationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/** The fallback of every {@link Downstream} call: the call's failure, as the reason its figures are missing. */
final class MissingFallback {

    private static final Logger LOG = Logger.getLogger(MissingFallback.class);

    private MissingFallback() {
    }

    static Reply missing(String call, Throwable failure) {
        Reply.Missing missing;
        if (failure instanceof TimeoutException || failure instanceof CancellationException) {
            missing = new Reply.Missing(Reply.Reason.TIMEOUT, null, "no answer in time");
        } else if (failure instanceof CircuitBreakerOpenException) {
            missing = new Reply.Missing(Reply.Reason.UNAVAILABLE, null, "circuit open after repeated failures; not called");
        } else {
            missing = new Reply.Missing(Reply.Reason.UNAVAILABLE, null, String.valueOf(failure.getMessage()));
        }
        LOG.debugf("%s: %s (%s)", call, missing.reason().id(), failure);
        return missing;
    }
}
