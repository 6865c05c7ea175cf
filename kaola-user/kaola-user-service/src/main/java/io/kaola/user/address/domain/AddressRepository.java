package io.kaola.user.address.domain;

import io.kaola.user.api.SaveAddressRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The address book's storage; writes run inside the caller's transaction after {@link #lockBook}. */
public interface AddressRepository {

    /** Takes the user's book lock (exclusive, until the transaction ends): serialises every write of that book. */
    void lockBook(long userId, Instant now);

    /** @return the user's entries, the default first, then newest updated first */
    List<Address> list(long userId);

    Optional<Address> find(long userId, long addressId);

    /** @return the new entry's id */
    long insert(long userId, SaveAddressRequest fields, boolean isDefault, Instant now);

    /** @return true when the user's entry existed and was updated */
    boolean update(long userId, long addressId, SaveAddressRequest fields, Instant now);

    /** @return true when the user's entry existed and was deleted */
    boolean delete(long userId, long addressId);

    /** Clears the user's default flag (all entries), then sets it on the entry. */
    void makeDefault(long userId, long addressId, Instant now);
}
