package io.kaola.order.trade.infrastructure;

import io.kaola.order.api.ShippingAddress;
import io.kaola.order.trade.application.AddressClient;
import io.kaola.user.api.AddressBookService;
import io.kaola.user.api.AddressView;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.stereotype.Component;

/** {@link AddressClient} over Dubbo: kaola-user's AddressBookService.get, a read Dubbo retries. */
@Component
public class DubboAddressClient implements AddressClient {
    @DubboReference(check = false, timeout = 2000, retries = 2)
    private AddressBookService addressBook;

    @Override
    public ShippingAddress address(long buyerId, long addressId) {
        AddressView a = addressBook.get(buyerId, addressId);
        return new ShippingAddress(a.consignee(), a.phone(), a.province(), a.city(), a.district(), a.detail());
    }
}
