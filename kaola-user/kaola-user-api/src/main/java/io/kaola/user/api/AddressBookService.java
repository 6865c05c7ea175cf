package io.kaola.user.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;

import java.util.List;

/**
 * A shopper's address book (docs/address-book.md): at most 20 entries; exactly one is the default while the book is
 * non-empty (the first one becomes default; deleting the default promotes the most recently updated other one).
 * Every method acts on {@code userId}'s own entries only: another user's entry is ADDRESS_NOT_FOUND.
 * A refused call changes nothing.
 */
public interface AddressBookService {

    /** @return the user's entries, the default first, then newest updated first; empty when none */
    @CallableBy({"kaola-gateway", "kaola-order"})
    List<AddressView> list(long userId) throws KaolaException;

    /** @throws KaolaException USER_ADDRESS_NOT_FOUND when the entry does not exist or is another user's */
    @CallableBy({"kaola-gateway", "kaola-order"})
    AddressView get(long userId, long addressId) throws KaolaException;

    /** @return the user's default entry, or null when the book is empty */
    @CallableBy({"kaola-gateway", "kaola-order"})
    AddressView defaultAddress(long userId) throws KaolaException;

    /**
     * @return the new entry (the default when it is the user's first)
     * @throws KaolaException USER_INVALID_ADDRESS naming the field; USER_ADDRESS_BOOK_FULL at 20 entries
     */
    @CallableBy({"kaola-gateway", "kaola-order"})
    AddressView create(long userId, SaveAddressRequest request) throws KaolaException;

    /**
     * Replaces the entry's fields (its default flag is kept).
     * @throws KaolaException USER_INVALID_ADDRESS naming the field; USER_ADDRESS_NOT_FOUND
     */
    @CallableBy({"kaola-gateway", "kaola-order"})
    AddressView update(long userId, long addressId, SaveAddressRequest request) throws KaolaException;

    /**
     * Deletes the entry; when it was the default, the most recently updated other entry becomes default.
     * @throws KaolaException USER_ADDRESS_NOT_FOUND
     */
    @CallableBy({"kaola-gateway", "kaola-order"})
    void delete(long userId, long addressId) throws KaolaException;

    /**
     * Makes the entry the only default, atomically (concurrent calls leave exactly one default).
     * @return the entry, now default
     * @throws KaolaException USER_ADDRESS_NOT_FOUND
     */
    @CallableBy({"kaola-gateway", "kaola-order"})
    AddressView makeDefault(long userId, long addressId) throws KaolaException;
}
