package io.kaola.gateway.grey;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.cluster.filter.ClusterFilter;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Consumer side, before Dubbo picks a provider: a call to a service under grey release, made for a user in its
 * group ({@link GreyRouting}), carries the attachment {@code dubbo.tag=<tag>}, and Dubbo's tag router sends it to the
 * instances started with that tag. No {@code dubbo.force.tag}: when no tagged instance is up, the call goes to the
 * untagged ones rather than failing. Calls without a tag never reach a tagged instance (Dubbo's rule).
 * The service of an interface is its package: {@code io.kaola.<svc>.api.*} → {@code kaola-<svc>}.
 * Activated on every consumer by Dubbo's SPI (META-INF/dubbo/org.apache.dubbo.rpc.cluster.filter.ClusterFilter).
 */
@Activate(group = CommonConstants.CONSUMER, order = 100)
public class GreyTagClusterFilter implements ClusterFilter {
    private static final String NONE = "";
    private final ConcurrentMap<Class<?>, String> services = new ConcurrentHashMap<>();

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        String service = services.computeIfAbsent(invoker.getInterface(), api -> {
            String s = GreyRelease.serviceOf(api.getName());
            return s == null ? NONE : s;
        });
        if (!service.isEmpty()) {
            String tag = GreyRouting.tagFor(service);
            if (tag != null) invocation.setAttachment(CommonConstants.TAG_KEY, tag);
        }
        return invoker.invoke(invocation);
    }
}
