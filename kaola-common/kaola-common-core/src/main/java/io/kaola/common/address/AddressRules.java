package io.kaola.common.address;

import io.kaola.common.text.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one rule a shipping address (consignee, phone, province, city, district, detail) must satisfy, at checkout
 * (kaola-order's PlaceOrderRules) and in the address book (kaola-user). Text fields are required, at most
 * {@link #MAX_NAME} (detail: {@link #MAX_DETAIL}) characters, and hold no control or bidirectional-formatting
 * character ({@link SafeText}: they would print differently on the parcel label and the customs list); the phone is
 * a mainland mobile number of 11 digits. The limits match the trade_order columns.
 */
public final class AddressRules {
    public static final int MAX_NAME = 64;
    public static final int MAX_DETAIL = 255;

    private AddressRules() {}

    /**
     * @param prefix prepended to each field name in the sentences, e.g. {@code "address."} or {@code ""}
     * @return every problem, each a sentence naming the field (e.g. "address.phone must be 11 digits"); empty when valid
     */
    public static List<String> problems(String prefix, String consignee, String phone, String province, String city,
                                        String district, String detail) {
        List<String> problems = new ArrayList<>();
        addProblems(prefix, consignee, phone, province, city, district, detail, problems);
        return problems;
    }

    /** As {@link #problems}, appending to {@code problems} in the same order. */
    public static void addProblems(String prefix, String consignee, String phone, String province, String city,
                                   String district, String detail, List<String> problems) {
        requireText(prefix + "consignee", consignee, MAX_NAME, problems);
        requireText(prefix + "province", province, MAX_NAME, problems);
        requireText(prefix + "city", city, MAX_NAME, problems);
        requireText(prefix + "district", district, MAX_NAME, problems);
        requireText(prefix + "detail", detail, MAX_DETAIL, problems);
        Optional<String> unsafePhone = SafeText.problem(prefix + "phone", phone);
        if (unsafePhone.isPresent()) problems.add(unsafePhone.get());
        else if (phone == null || !phone.matches("[0-9]{11}")) problems.add(prefix + "phone must be 11 digits");
    }

    /** @return the phone with all but its first 3 and last 2 characters masked, for logs ({@code 138******78}) */
    public static String maskPhone(String phone) {
        if (phone == null) return "null";
        if (phone.length() <= 5) return "*".repeat(phone.length());
        return phone.substring(0, 3) + "*".repeat(phone.length() - 5) + phone.substring(phone.length() - 2);
    }

    private static void requireText(String field, String value, int max, List<String> problems) {
        if (value == null || value.isBlank()) problems.add(field + " is required");
        else if (value.length() > max) problems.add(field + " is longer than " + max + " characters");
        else SafeText.problem(field, value).ifPresent(problems::add);
    }
}
