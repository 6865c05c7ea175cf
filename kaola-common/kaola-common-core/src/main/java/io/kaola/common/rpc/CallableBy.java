package io.kaola.common.rpc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Least privilege on the service plane: a Dubbo API method (or every method of an API interface) that only the
 * listed applications may call. The caller is the application named by the CN of the client certificate it
 * presented in the mutual-TLS handshake (checked by kaola-common-boot's CallerAuthorizationFilter), never a
 * name the caller sends. Any other caller gets COMMON_FORBIDDEN and the method does not run. Methods without
 * this annotation are open to every application of the service plane.
 * <p>Example: the full identity number ({@code IdentityService.declarationIdentity}) is for the payment
 * provider's payer check and for customs declarations, never for the gateway.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CallableBy {
    /** @return application names ({@code spring.application.name}), e.g. "kaola-payment" */
    String[] value();
}
