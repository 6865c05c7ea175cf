package io.kaola.order.trade.domain;

import io.kaola.common.address.AddressRules;
import io.kaola.common.text.SafeText;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.PriceTrialRequest;
import io.kaola.order.api.ShippingAddress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a checkout request must satisfy before anything is priced, reserved or written.
 * The limits match the trade_order columns, so a request that passes never fails on a column width.
 * Address fields (consignee, phone, province, city, district, detail) hold no control or bidirectional-formatting
 * character ({@link SafeText}: they would print differently on the parcel label and the customs list); the address
 * rule itself is {@link AddressRules} (kaola-common-core), shared with kaola-user's address book.
 */
public final class PlaceOrderRules {
    public static final int MAX_LINES = 20;
    public static final int MAX_QUANTITY = 99;
    public static final int MAX_IDEMPOTENCY_KEY = 64;
    public static final int MAX_SKU_CODE = 64;
    public static final int MAX_NAME = AddressRules.MAX_NAME;
    public static final int MAX_DETAIL = AddressRules.MAX_DETAIL;

    private PlaceOrderRules() {}

    /** @return every problem, each a sentence naming the field; empty when the request is valid */
    public static List<String> problems(PlaceOrderRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.buyerId() <= 0) problems.add("buyerId must be positive");
        String key = request.idempotencyKey();
        if (key == null || key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY) {
            problems.add("idempotencyKey must be 1.." + MAX_IDEMPOTENCY_KEY + " characters");
        }
        addressProblems(request.address(), problems);
        lineProblems(request.lines(), problems);
        return problems;
    }

    /** @throws io.kaola.common.error.KaolaException ORDER_INVALID_ORDER listing every problem */
    public static void check(PlaceOrderRequest request) {
        List<String> problems = problems(request);
        if (!problems.isEmpty()) throw OrderError.INVALID_ORDER.exception(String.join("; ", problems));
    }

    /**
     * A price trial: a positive buyerId and lines as for an order (no address or idempotency key).
     * @throws io.kaola.common.error.KaolaException ORDER_INVALID_ORDER listing every problem
     */
    public static void checkTrial(PriceTrialRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.buyerId() <= 0) problems.add("buyerId must be positive");
        if (request.warehouseCode() != null && (request.warehouseCode().isBlank() || request.warehouseCode().length() > MAX_NAME)) {
            problems.add("warehouseCode must be 1.." + MAX_NAME + " characters when given");
        }
        lineProblems(request.lines(), problems);
        if (!problems.isEmpty()) throw OrderError.INVALID_ORDER.exception(String.join("; ", problems));
    }

    private static void addressProblems(ShippingAddress address, List<String> problems) {
        if (address == null) {
            problems.add("address is required");
            return;
        }
        AddressRules.addProblems("address.", address.consignee(), address.phone(), address.province(), address.city(),
                address.district(), address.detail(), problems);
    }

    private static void lineProblems(List<PlaceOrderRequest.Line> lines, List<String> problems) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            problems.add("an order has 1.." + MAX_LINES + " lines, not " + lines.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            PlaceOrderRequest.Line line = lines.get(i);
            String where = "lines[" + i + "]";
            if (line == null) {
                problems.add(where + " is missing");
                continue;
            }
            if (line.skuCode() == null || line.skuCode().isBlank() || line.skuCode().length() > MAX_SKU_CODE) {
                problems.add(where + ".skuCode must be 1.." + MAX_SKU_CODE + " characters");
            } else if (!seen.add(line.skuCode())) {
                problems.add(where + ": sku " + line.skuCode() + " appears more than once");
            }
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                problems.add(where + ".quantity must be 1.." + MAX_QUANTITY + ", not " + line.quantity());
            }
        }
    }
}
