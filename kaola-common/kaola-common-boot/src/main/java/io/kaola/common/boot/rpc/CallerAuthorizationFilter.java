package io.kaola.common.boot.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.rpc.CallableBy;
import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.AsyncRpcResult;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcContext;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Provider-side check of who calls (docs/security.md, "Service plane"). Every remote invocation must have come
 * over Dubbo's mutual TLS; the caller is the application named by the CN of its client certificate
 * ({@link CallerIdentity}). A method or interface marked {@link CallableBy} runs only for the applications it
 * lists; any other caller gets COMMON_FORBIDDEN, logged with the caller and the method (never the arguments).
 * An in-process call ({@code injvm}) is the provider's own application.
 * <p>Activated on every provider by Dubbo's SPI ({@code META-INF/dubbo/org.apache.dubbo.rpc.Filter}), ahead
 * of the other filters.
 */
@Activate(group = CommonConstants.PROVIDER, order = -30000)
public class CallerAuthorizationFilter implements Filter {
    /** Invocation attribute under which Dubbo's netty transport puts the TLS session (Constants.SSL_SESSION_KEY). */
    static final String SSL_SESSION_ATTRIBUTE = "ssl-session";
    private static final Logger log = LoggerFactory.getLogger(CallerAuthorizationFilter.class);

    /** Whether an API interface, or any of its methods, carries {@link CallableBy}: read once per interface. */
    private static final ClassValue<Boolean> HAS_RULES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> api) {
            if (api.isAnnotationPresent(CallableBy.class)) return true;
            for (Method method : api.getMethods()) if (method.isAnnotationPresent(CallableBy.class)) return true;
            return false;
        }
    };

    private final Map<String, Optional<List<String>>> rules = new ConcurrentHashMap<>();

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        String method = invoker.getInterface().getSimpleName() + "." + invocation.getMethodName();
        String caller;
        if ("injvm".equals(invoker.getUrl().getProtocol())) {
            caller = invoker.getUrl().getApplication();
        } else {
            Optional<String> authenticated = CallerIdentity.of(invocation.get(SSL_SESSION_ATTRIBUTE));
            if (authenticated.isEmpty()) {
                log.warn("refused {}: the caller at {} has no verified service-plane certificate", method,
                        RpcContext.getServiceContext().getRemoteAddressString());
                return refuse(invocation, "calls to " + method + " need the service plane's mutual TLS");
            }
            caller = authenticated.get();
        }
        if (!HAS_RULES.get(invoker.getInterface())) return invoker.invoke(invocation);   // most APIs: no key built
        Optional<List<String>> allowed = rules.computeIfAbsent(invoker.getInterface().getName() + "#"
                + invocation.getMethodName() + "#" + java.util.Arrays.toString(invocation.getParameterTypes()),
                k -> allowList(invoker, invocation));
        if (allowed.isPresent() && !allowed.get().contains(caller)) {
            log.warn("refused {} to {}: only {} may call it", method, caller, allowed.get());
            return refuse(invocation, caller + " may not call " + method);
        }
        return invoker.invoke(invocation);
    }

    private static Result refuse(Invocation invocation, String detail) {
        return AsyncRpcResult.newDefaultAsyncResult(CommonError.FORBIDDEN.exception(detail), invocation);
    }

    /** @return the callers named by {@link CallableBy} on the method, else on its interface; empty: any caller */
    static Optional<List<String>> allowList(Invoker<?> invoker, Invocation invocation) {
        Class<?> api = invoker.getInterface();
        try {
            Method method = api.getMethod(invocation.getMethodName(), invocation.getParameterTypes());
            CallableBy rule = method.getAnnotation(CallableBy.class);
            if (rule == null) rule = api.getAnnotation(CallableBy.class);
            return rule == null ? Optional.empty() : Optional.of(List.of(rule.value()));
        } catch (NoSuchMethodException e) {
            return Optional.ofNullable(api.getAnnotation(CallableBy.class)).map(r -> List.of(r.value()));
        }
    }

    /** The application a TLS session authenticates. */
    static final class CallerIdentity {
        /** SSLSession application value holding the CN already read from this session's peer certificate. */
        static final String SESSION_VALUE = "kaola.caller-cn";

        private CallerIdentity() {}

        /**
         * @param session the invocation's TLS session, or null when it came without TLS
         * @return the CN of the verified peer certificate, empty without TLS or without a verified peer
         */
        static Optional<String> of(Object session) {
            if (!(session instanceof SSLSession tls)) return Optional.empty();
            if (tls.getValue(SESSION_VALUE) instanceof String known) return Optional.of(known);
            try {
                Optional<String> cn = commonName(tls.getPeerPrincipal().getName());
                // a session's verified peer never changes: parse its name once per connection, not per call
                cn.ifPresent(name -> tls.putValue(SESSION_VALUE, name));
                return cn;
            } catch (SSLPeerUnverifiedException e) {
                return Optional.empty();
            }
        }

        /** @return the CN of an RFC 2253 distinguished name, e.g. "CN=kaola-payment,OU=service plane,O=Kaola" */
        static Optional<String> commonName(String distinguishedName) {
            try {
                return new javax.naming.ldap.LdapName(distinguishedName).getRdns().stream()
                        .filter(r -> r.getType().equalsIgnoreCase("CN"))
                        .map(r -> String.valueOf(r.getValue()))
                        .findFirst();
            } catch (javax.naming.InvalidNameException e) {
                return Optional.empty();
            }
        }
    }
}
