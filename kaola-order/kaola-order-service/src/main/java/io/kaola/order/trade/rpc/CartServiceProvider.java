package io.kaola.order.trade.rpc;

import io.kaola.order.api.CartService;
import io.kaola.order.api.CartView;
import io.kaola.order.trade.application.ManageCart;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.util.List;

/** {@link CartService} over Dubbo; reads are retried, changes are not (an add is not idempotent). */
@DubboService(timeout = 5000, methods = {
        @Method(name = "cart", timeout = 5000, retries = 2),
        @Method(name = "addLine", timeout = 5000, retries = 0),
        @Method(name = "setQuantity", timeout = 5000, retries = 0),
        @Method(name = "removeLine", timeout = 5000, retries = 0),
        @Method(name = "select", timeout = 5000, retries = 0)})
public class CartServiceProvider implements CartService {
    private final ManageCart carts;

    public CartServiceProvider(ManageCart carts) { this.carts = carts; }

    @Override public CartView cart(long buyerId) { return carts.view(buyerId); }

    @Override public CartView addLine(long buyerId, String skuCode, int quantity) { return carts.add(buyerId, skuCode, quantity); }

    @Override public CartView setQuantity(long buyerId, String skuCode, int quantity) {
        return carts.setQuantity(buyerId, skuCode, quantity);
    }

    @Override public CartView removeLine(long buyerId, String skuCode) { return carts.remove(buyerId, skuCode); }

    @Override public CartView select(long buyerId, List<String> skuCodes, boolean selected) {
        return carts.select(buyerId, skuCodes, selected);
    }
}
