package io.kaola.user.address.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.user.address.application.AddressBook;
import io.kaola.user.address.domain.Address;
import io.kaola.user.api.AddressBookService;
import io.kaola.user.api.AddressView;
import io.kaola.user.api.SaveAddressRequest;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.util.List;

/** Dubbo provider of {@link AddressBookService}. Reads are retried; writes are not (a create is not idempotent). */
@DubboService(timeout = 5000, retries = 0, methods = {
        @Method(name = "list", timeout = 2000, retries = 2),
        @Method(name = "get", timeout = 2000, retries = 2),
        @Method(name = "defaultAddress", timeout = 2000, retries = 2)})
public class AddressBookServiceProvider implements AddressBookService {
    private final AddressBook book;

    public AddressBookServiceProvider(AddressBook book) { this.book = book; }

    @Override public List<AddressView> list(long userId) throws KaolaException {
        return book.list(userId).stream().map(AddressBookServiceProvider::toView).toList();
    }

    @Override public AddressView get(long userId, long addressId) throws KaolaException {
        return toView(book.get(userId, addressId));
    }

    @Override public AddressView defaultAddress(long userId) throws KaolaException {
        return book.defaultAddress(userId).map(AddressBookServiceProvider::toView).orElse(null);
    }

    @Override public AddressView create(long userId, SaveAddressRequest request) throws KaolaException {
        return toView(book.create(userId, request));
    }

    @Override public AddressView update(long userId, long addressId, SaveAddressRequest request) throws KaolaException {
        return toView(book.update(userId, addressId, request));
    }

    @Override public void delete(long userId, long addressId) throws KaolaException { book.delete(userId, addressId); }

    @Override public AddressView makeDefault(long userId, long addressId) throws KaolaException {
        return toView(book.makeDefault(userId, addressId));
    }

    private static AddressView toView(Address a) {
        return new AddressView(a.id(), a.userId(), a.consignee(), a.phone(), a.province(), a.city(), a.district(),
                a.detail(), a.isDefault(), a.updatedAt());
    }
}
