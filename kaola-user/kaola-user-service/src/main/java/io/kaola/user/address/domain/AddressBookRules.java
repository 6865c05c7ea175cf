package io.kaola.user.address.domain;

import io.kaola.common.address.AddressRules;
import io.kaola.user.api.SaveAddressRequest;
import io.kaola.user.api.UserError;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The address book's rules (docs/address-book.md): an entry is valid as a checkout address ({@link AddressRules},
 * the rule kaola-order applies); at most {@link #MAX_ENTRIES} per user; exactly one default while the book is
 * non-empty: the first entry becomes default, and deleting the default promotes the most recently updated other one.
 */
public final class AddressBookRules {
    /** Entries per user. */
    public static final int MAX_ENTRIES = 20;

    private AddressBookRules() {}

    /** @throws io.kaola.common.error.KaolaException USER_INVALID_ADDRESS listing every problem, each naming its field */
    public static void checkAddress(SaveAddressRequest request) {
        if (request == null) throw UserError.INVALID_ADDRESS.exception("address is required");
        List<String> problems = AddressRules.problems("", request.consignee(), request.phone(), request.province(),
                request.city(), request.district(), request.detail());
        if (!problems.isEmpty()) throw UserError.INVALID_ADDRESS.exception(String.join("; ", problems));
    }

    /**
     * @param entries how many entries the user has now
     * @throws io.kaola.common.error.KaolaException USER_ADDRESS_BOOK_FULL at {@link #MAX_ENTRIES}
     */
    public static void checkRoom(int entries) {
        if (entries >= MAX_ENTRIES) {
            throw UserError.ADDRESS_BOOK_FULL.exception("an address book holds at most " + MAX_ENTRIES
                    + " addresses; delete one first");
        }
    }

    /** @return whether a new entry is the default: only the first of an empty book */
    public static boolean newEntryIsDefault(int entriesBefore) { return entriesBefore == 0; }

    /**
     * @param deleted the entry being deleted
     * @param others  the user's other entries
     * @return the entry to make default: when the deleted one was the default, the most recently updated other one
     *         (the higher id on a tie); empty when it was not the default or no other entry remains
     */
    public static Optional<Address> promotedOnDelete(Address deleted, List<Address> others) {
        if (!deleted.isDefault()) return Optional.empty();
        return others.stream().filter(a -> a.id() != deleted.id())
                .max(Comparator.comparing(Address::updatedAt).thenComparingLong(Address::id));
    }
}
