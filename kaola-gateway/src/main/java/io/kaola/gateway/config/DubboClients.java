package io.kaola.gateway.config;

import io.kaola.inventory.api.StockService;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.ReturnService;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.ReconciliationService;
import io.kaola.pricing.api.PricingAdminService;
import io.kaola.pricing.api.PricingService;
import io.kaola.product.api.CatalogAdminService;
import io.kaola.product.api.CatalogImportService;
import io.kaola.product.api.CatalogService;
import io.kaola.user.api.IdentitySandboxAdminService;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.QuotaService;
import io.kaola.user.api.UserService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every service the gateway calls, each referenced once. Reads are retried twice (on another provider,
 * so a stopping instance is invisible to shoppers); writes never are. check=false: the gateway starts
 * before or without its providers, and a call without one answers 503.
 */
@Configuration
public class DubboClients {

    /** bcrypt makes register and login take tens of milliseconds on the provider. */
    @Bean
    @DubboReference(check = false, timeout = 5000, retries = 0,
            methods = @Method(name = "findById", timeout = 3000, retries = 2))
    public ReferenceBean<UserService> userService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 2)
    public ReferenceBean<CatalogService> catalogService() { return new ReferenceBeanBuilder().build(); }

    /** An import validates and writes a whole catalogue in one call. */
    @Bean
    @DubboReference(check = false, timeout = 120_000, retries = 0)
    public ReferenceBean<CatalogImportService> catalogImportService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0,
            methods = @Method(name = "getStock", timeout = 3000, retries = 2))
    public ReferenceBean<StockService> stockService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0,
            methods = @Method(name = "currentFxRates", timeout = 3000, retries = 2))
    public ReferenceBean<PricingService> pricingService() { return new ReferenceBeanBuilder().build(); }

    /**
     * placeOrder calls product, user, pricing and inventory in turn, hence its longer timeout; cancelOrder
     * releases stock and quota; trialPrice (a read: it writes nothing) calls product, pricing and user.
     */
    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 2, methods = {
            @Method(name = "placeOrder", timeout = 10_000, retries = 0),
            @Method(name = "cancelOrder", timeout = 10_000, retries = 0),
            @Method(name = "confirmReceipt", timeout = 5000, retries = 0),
            @Method(name = "trialPrice", timeout = 10_000, retries = 2)})
    public ReferenceBean<OrderService> orderService() { return new ReferenceBeanBuilder().build(); }

    /** Returns after delivery: writes are not retried; approving calls customs and the carrier, hence 10 s. */
    @Bean
    @DubboReference(check = false, timeout = 5000, retries = 0, methods = {
            @Method(name = "approveReturn", timeout = 10_000, retries = 0),
            @Method(name = "returnsOf", timeout = 3000, retries = 2),
            @Method(name = "listReturns", timeout = 5000, retries = 2)})
    public ReferenceBean<ReturnService> returnService() { return new ReferenceBeanBuilder().build(); }

    /** verify asks the (sandbox) identity provider; a write, so not retried. */
    @Bean
    @DubboReference(check = false, timeout = 5000, retries = 0,
            methods = @Method(name = "getIdentity", timeout = 3000, retries = 2))
    public ReferenceBean<IdentityService> identityService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0,
            methods = @Method(name = "getQuota", timeout = 3000, retries = 2))
    public ReferenceBean<QuotaService> quotaService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0)
    public ReferenceBean<IdentitySandboxAdminService> identitySandboxAdminService() {
        return new ReferenceBeanBuilder().build();
    }

    /** Ops edits check the tax category with kaola-pricing before writing. */
    @Bean
    @DubboReference(check = false, timeout = 5000, retries = 0)
    public ReferenceBean<CatalogAdminService> catalogAdminService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0, methods = {
            @Method(name = "listTaxCategories", timeout = 3000, retries = 2),
            @Method(name = "listShippingRules", timeout = 3000, retries = 2)})
    public ReferenceBean<PricingAdminService> pricingAdminService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 5000, retries = 0,
            methods = @Method(name = "getPayment", timeout = 3000, retries = 2))
    public ReferenceBean<PaymentService> paymentService() { return new ReferenceBeanBuilder().build(); }

    /** A run reads a day of statements and orders: 120 s; never retried (a retry would be a second run). */
    @Bean
    @DubboReference(check = false, timeout = 5000, retries = 0, methods = {
            @Method(name = "run", timeout = 120_000, retries = 0),
            @Method(name = "latest", timeout = 3000, retries = 2)})
    public ReferenceBean<ReconciliationService> reconciliationService() { return new ReferenceBeanBuilder().build(); }
}
