package io.kaola.gateway.governance;

import org.springframework.util.AntPathMatcher;

import java.util.List;

/**
 * Every gateway API (HTTP method + path pattern) and the named resource group it belongs to (issue 13 §6): the
 * Sentinel resource the gateway enters for each request is the group's name, so flow rules target groups
 * ({@code sentinel/kaola-gateway/flow}). The first matching row wins; an API in no row is {@value #OTHER}.
 * The table is listed in docs/governance.md: keep both in step when an API is added.
 */
public final class ResourceGroups {
    /**
     * Catalogue, search, home page, activities: anonymous reads. Product detail enters it with the SPU id as
     * argument 0, so a hot-parameter rule on {@code browse} with paramIdx 0 limits views per SPU.
     */
    public static final String BROWSE = "browse";
    /** The shopping cart. */
    public static final String CART = "cart";
    /** Placing an order and its price trial. */
    public static final String CHECKOUT = "checkout";
    /** Reading and cancelling one's orders, tracking. */
    public static final String ORDERS = "orders";
    /** Paying an order, reading a payment. */
    public static final String PAY = "pay";
    /** Returns and receipt confirmation. */
    public static final String AFTER_SALES = "after-sales";
    /** Login, registration, one's profile, addresses, identity, quota, notifications, coupons. */
    public static final String ACCOUNT = "account";
    /** Coupon templates and claims. */
    public static final String PROMOTION = "promotion";
    /** Flash sales: listing, tokens, attempts. */
    public static final String SECKILL = "seckill";
    /** Payment, refund and carrier callbacks (partners, not shoppers). */
    public static final String CALLBACKS = "callbacks";
    /** The ops API, /api/admin/**. */
    public static final String ADMIN = "admin";
    /** Anything else under /api. */
    public static final String OTHER = "other";

    /** Hot-parameter resource: placing an order, per user id (arg: Long). */
    public static final String CHECKOUT_BY_USER = "checkout-by-user";
    /** Hot-parameter resource: placing an order, per client IP (arg: String). */
    public static final String CHECKOUT_BY_IP = "checkout-by-ip";
    /** Hot-parameter resource: login, per client IP (arg: String). */
    public static final String LOGIN_BY_IP = "login-by-ip";
    /** Hot-parameter resource: flash-sale tokens and attempts, per sale id (arg: Long). */
    public static final String SECKILL_BY_SALE = "seckill-by-sale";

    /**
     * One row of the table.
     *
     * @param method  HTTP method, or {@code *} for any
     * @param pattern Ant-style path pattern
     * @param group   the resource group
     */
    public record Route(String method, String pattern, String group) { }

    /** The table, first match wins. */
    public static final List<Route> ROUTES = List.of(
            new Route("*", "/api/admin/**", ADMIN),
            new Route("POST", "/api/payments/notify/*", CALLBACKS),
            new Route("POST", "/api/payments/refund-notify/*", CALLBACKS),
            new Route("POST", "/api/logistics/callbacks/*", CALLBACKS),
            new Route("POST", "/api/orders", CHECKOUT),
            new Route("POST", "/api/price/trial", CHECKOUT),
            new Route("POST", "/api/orders/*/payments", PAY),
            new Route("GET", "/api/payments/*", PAY),
            new Route("*", "/api/orders/*/returns", AFTER_SALES),
            new Route("POST", "/api/orders/*/confirm-receipt", AFTER_SALES),
            new Route("*", "/api/orders", ORDERS),
            new Route("*", "/api/orders/**", ORDERS),
            new Route("*", "/api/cart", CART),
            new Route("*", "/api/cart/**", CART),
            new Route("*", "/api/flash-sales", SECKILL),
            new Route("*", "/api/flash-sales/**", SECKILL),
            new Route("*", "/api/coupon-templates", PROMOTION),
            new Route("*", "/api/coupon-templates/**", PROMOTION),
            new Route("*", "/api/auth/**", ACCOUNT),
            new Route("*", "/api/me", ACCOUNT),
            new Route("*", "/api/me/**", ACCOUNT),
            new Route("GET", "/api/products", BROWSE),
            new Route("GET", "/api/products/*", BROWSE),
            new Route("GET", "/api/categories", BROWSE),
            new Route("GET", "/api/home", BROWSE),
            new Route("GET", "/api/activities", BROWSE),
            new Route("GET", "/api/activities/*", BROWSE));

    /** Every group name, for docs and validation. */
    public static final List<String> GROUPS = List.of(BROWSE, CART, CHECKOUT, ORDERS, PAY, AFTER_SALES, ACCOUNT,
            PROMOTION, SECKILL, CALLBACKS, ADMIN, OTHER);

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private ResourceGroups() { }

    /**
     * @param method HTTP method
     * @param path   the request path (no query), e.g. {@code /api/products/42}
     * @return the group of that API, {@value #OTHER} when no row matches
     */
    public static String of(String method, String path) {
        for (Route r : ROUTES) {
            if ((r.method().equals("*") || r.method().equalsIgnoreCase(method)) && PATHS.match(r.pattern(), path)) {
                return r.group();
            }
        }
        return OTHER;
    }
}
