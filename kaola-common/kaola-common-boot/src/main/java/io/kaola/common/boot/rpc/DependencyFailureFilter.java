package io.kaola.common.boot.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

/**
 * Provider side: a call that failed because something this service depends on is down or refused it — its database
 * (no connection, a reset one, a query timeout), Redis, the broker, or Sentinel's flow control or circuit breaker —
 * is answered with {@code COMMON_SERVICE_UNAVAILABLE} (503 at the gateway, {@code retryAfterSeconds} 5) instead of
 * the raw exception, which Dubbo would otherwise wrap into a RuntimeException that the gateway can only answer with
 * a 500 (issue 13 §5: every request answered with success or a problem+json 503 with a code). Nothing else is
 * changed: a {@link KaolaException} or a bug passes as before. Logged once, with the failing class names only
 * (a driver's message may quote a statement; never the arguments). Activated on every provider by Dubbo's SPI, inside ExceptionFilter so that it sees the
 * original exception.
 */
@Activate(group = CommonConstants.PROVIDER, order = 30000)
public class DependencyFailureFilter implements Filter, Filter.Listener {
    /** Seconds the caller is asked to wait, as Retry-After. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger log = LoggerFactory.getLogger(DependencyFailureFilter.class);

    /** Classes (or their superclasses) that mean "a dependency is unavailable", by name: none is required on the class path. */
    private static final Set<String> UNAVAILABLE = Set.of(
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.dao.TransientDataAccessResourceException",
            "org.springframework.dao.QueryTimeoutException",
            "org.springframework.transaction.CannotCreateTransactionException",
            "java.sql.SQLTransientConnectionException",
            "java.sql.SQLNonTransientConnectionException",
            "java.sql.SQLTimeoutException",
            "org.springframework.data.redis.RedisConnectionFailureException",
            "org.redisson.client.RedisConnectionException",
            "org.redisson.client.RedisTimeoutException",
            "org.apache.rocketmq.client.exception.MQClientException",
            "org.apache.rocketmq.client.exception.MQBrokerException",
            "org.apache.rocketmq.remoting.exception.RemotingException",
            "com.alibaba.csp.sentinel.slots.block.BlockException");

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        return invoker.invoke(invocation);
    }

    @Override
    public void onResponse(Result result, Invoker<?> invoker, Invocation invocation) {
        Throwable e = result.getException();
        if (e == null || e instanceof KaolaException) return;
        String cause = unavailable(e);
        if (cause == null) return;
        log.warn("{}.{} refused: a dependency is unavailable ({})", invoker.getInterface().getSimpleName(),
                invocation.getMethodName(), cause);
        result.setException(new KaolaException(CommonError.SERVICE_UNAVAILABLE.code(), CommonError.SERVICE_UNAVAILABLE.kind(),
                CommonError.SERVICE_UNAVAILABLE.title(),
                "a service this request needs is unavailable for a moment; nothing was changed, try again shortly")
                .with("retryAfterSeconds", RETRY_AFTER_SECONDS));
    }

    @Override
    public void onError(Throwable t, Invoker<?> invoker, Invocation invocation) {
        // the call itself failed in Dubbo (not the service): nothing to translate
    }

    /**
     * @param e a failure and its causes
     * @return the class name of the first cause that means a dependency is unavailable, or null when none does
     */
    static String unavailable(Throwable e) {
        List<Throwable> seen = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !seen.contains(t) && seen.size() < 16; t = t.getCause()) {
            seen.add(t);
            if (t instanceof KaolaException) return null;
            for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                if (UNAVAILABLE.contains(c.getName())) return t.getClass().getName();
            }
        }
        return null;
    }
}
