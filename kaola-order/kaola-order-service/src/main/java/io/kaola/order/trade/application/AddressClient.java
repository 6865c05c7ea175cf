package io.kaola.order.trade.application;

import io.kaola.order.api.ShippingAddress;

/** kaola-user's address book, as checkout needs it (port; DubboAddressClient in trade/infrastructure). */
public interface AddressClient {
    /**
     * @return the buyer's address-book entry as a shipping address (a read, retried)
     * @throws io.kaola.common.error.KaolaException USER_ADDRESS_NOT_FOUND (also another buyer's), passed through
     */
    ShippingAddress address(long buyerId, long addressId);
}
