package io.kaola.gateway.config;

import io.kaola.customs.api.CustomsSandboxAdminService;
import io.kaola.customs.api.DeclarationAdminService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * kaola-customs for the ops API (declarations, the customs sandbox). Reads are retried on another provider; resend
 * (it reads order, product and user again and sends to the single window) and scripting are not.
 */
@Configuration
public class CustomsClients {
    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0, methods = {
            @Method(name = "listDeclarations", timeout = 3000, retries = 2),
            @Method(name = "getDeclaration", timeout = 3000, retries = 2),
            @Method(name = "resend", timeout = 15_000, retries = 0)})
    public ReferenceBean<DeclarationAdminService> declarationAdminService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0)
    public ReferenceBean<CustomsSandboxAdminService> customsSandboxAdminService() {
        return new ReferenceBeanBuilder().build();
    }
}
