package io.kaola.order.standin;

import io.kaola.user.api.AddressBookService;
import io.kaola.user.api.AddressView;
import io.kaola.user.api.SaveAddressRequest;
import io.kaola.user.api.UserError;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** kaola-user's AddressBookService stand-in: entries a test saves, read by id; another user's entry is not found. */
@DubboService
public class StandInAddressBook implements AddressBookService {
    private final Map<Long, AddressView> entries = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(700);

    @Override
    public AddressView create(long userId, SaveAddressRequest r) {
        long id = ids.incrementAndGet();
        AddressView view = new AddressView(id, userId, r.consignee(), r.phone(), r.province(), r.city(), r.district(),
                r.detail(), true, Instant.now());
        entries.put(id, view);
        return view;
    }

    @Override
    public AddressView get(long userId, long addressId) {
        AddressView view = entries.get(addressId);
        if (view == null || view.userId() != userId) {
            throw UserError.ADDRESS_NOT_FOUND.exception("no address " + addressId + " in your address book");
        }
        return view;
    }

    @Override public List<AddressView> list(long userId) { throw new UnsupportedOperationException(); }
    @Override public AddressView defaultAddress(long userId) { throw new UnsupportedOperationException(); }
    @Override public AddressView update(long userId, long addressId, SaveAddressRequest r) { throw new UnsupportedOperationException(); }
    @Override public void delete(long userId, long addressId) { throw new UnsupportedOperationException(); }
    @Override public AddressView makeDefault(long userId, long addressId) { throw new UnsupportedOperationException(); }
}
