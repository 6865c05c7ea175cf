package io.kaola.common.boot.dubbo;

import org.apache.dubbo.rpc.RpcException;

/** How to read a Dubbo call's failure, for the callers that treat an optional neighbour as absent. */
public final class RpcFailures {
    private RpcFailures() {}

    /**
     * @param e a failed call
     * @return true when the registry lists no provider of the interface at all (Dubbo's FORBIDDEN "No provider
     *         available"), as opposed to a provider that is slow or failing
     */
    public static boolean noProvider(RpcException e) {
        return e.isForbidden() && e.getMessage() != null && e.getMessage().contains("No provider available");
    }
}
