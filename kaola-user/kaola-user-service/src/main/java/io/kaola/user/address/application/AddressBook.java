package io.kaola.user.address.application;

import io.kaola.common.address.AddressRules;
import io.kaola.user.address.domain.Address;
import io.kaola.user.address.domain.AddressBookRules;
import io.kaola.user.address.domain.AddressRepository;
import io.kaola.user.api.SaveAddressRequest;
import io.kaola.user.api.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The address book's use cases (rules: {@link AddressBookRules}). Every write runs in one transaction that first
 * takes the user's book lock, so the count limit, the first-entry default, the promotion on delete and makeDefault
 * are race-safe. Logs carry ids and the masked phone only.
 */
@Service
public class AddressBook {
    private static final Logger log = LoggerFactory.getLogger(AddressBook.class);

    private final AddressRepository addresses;
    private final TransactionTemplate tx;
    private final Clock clock;

    public AddressBook(AddressRepository addresses, TransactionTemplate tx, Clock clock) {
        this.addresses = addresses;
        this.tx = tx;
        this.clock = clock;
    }

    /** @return the user's entries, the default first */
    public List<Address> list(long userId) { return addresses.list(userId); }

    /** @throws io.kaola.common.error.KaolaException USER_ADDRESS_NOT_FOUND (also for another user's entry) */
    public Address get(long userId, long addressId) {
        return addresses.find(userId, addressId).orElseThrow(() -> notFound(addressId));
    }

    /** @return the default entry, empty when the book is empty */
    public Optional<Address> defaultAddress(long userId) {
        return addresses.list(userId).stream().filter(Address::isDefault).findFirst();
    }

    /** @throws io.kaola.common.error.KaolaException USER_INVALID_ADDRESS, USER_ADDRESS_BOOK_FULL */
    public Address create(long userId, SaveAddressRequest request) {
        AddressBookRules.checkAddress(request);
        Instant now = now();
        long id = tx.execute(s -> {
            addresses.lockBook(userId, now);
            int count = addresses.list(userId).size();
            AddressBookRules.checkRoom(count);
            return addresses.insert(userId, request, AddressBookRules.newEntryIsDefault(count), now);
        });
        log.info("address {} created for user {} (phone {})", id, userId, AddressRules.maskPhone(request.phone()));
        return get(userId, id);
    }

    /** @throws io.kaola.common.error.KaolaException USER_INVALID_ADDRESS, USER_ADDRESS_NOT_FOUND */
    public Address update(long userId, long addressId, SaveAddressRequest request) {
        AddressBookRules.checkAddress(request);
        Instant now = now();
        tx.executeWithoutResult(s -> {
            addresses.lockBook(userId, now);
            if (!addresses.update(userId, addressId, request, now)) throw notFound(addressId);
        });
        log.info("address {} of user {} updated (phone {})", addressId, userId, AddressRules.maskPhone(request.phone()));
        return get(userId, addressId);
    }

    /** Deletes the entry, promoting another when it was the default. @throws io.kaola.common.error.KaolaException USER_ADDRESS_NOT_FOUND */
    public void delete(long userId, long addressId) {
        Instant now = now();
        tx.executeWithoutResult(s -> {
            addresses.lockBook(userId, now);
            List<Address> book = addresses.list(userId);
            Address deleted = book.stream().filter(a -> a.id() == addressId).findFirst().orElseThrow(() -> notFound(addressId));
            addresses.delete(userId, addressId);
            AddressBookRules.promotedOnDelete(deleted, book).ifPresent(next -> {
                addresses.makeDefault(userId, next.id(), next.updatedAt());
                log.info("address {} of user {} promoted to default", next.id(), userId);
            });
        });
        log.info("address {} of user {} deleted", addressId, userId);
    }

    /** @throws io.kaola.common.error.KaolaException USER_ADDRESS_NOT_FOUND */
    public Address makeDefault(long userId, long addressId) {
        Instant now = now();
        tx.executeWithoutResult(s -> {
            addresses.lockBook(userId, now);
            addresses.find(userId, addressId).orElseThrow(() -> notFound(addressId));
            addresses.makeDefault(userId, addressId, now);
        });
        return get(userId, addressId);
    }

    private Instant now() { return clock.instant().truncatedTo(ChronoUnit.MILLIS); }

    private static RuntimeException notFound(long addressId) {
        return UserError.ADDRESS_NOT_FOUND.exception("no address " + addressId + " in your address book");
    }
}
