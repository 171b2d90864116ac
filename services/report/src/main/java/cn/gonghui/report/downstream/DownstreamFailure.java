package cn.gonghui.report.downstream;

/** A 5xx answer: worth a retry, counted by the service's circuit breaker. */
public class DownstreamFailure extends RuntimeException {

    public DownstreamFailure(String message) {
        super(message, null, false, false);
    }
}
