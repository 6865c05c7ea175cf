package io.kaola.order.trade.application;

import io.kaola.user.api.VerifiedBuyer;

/** kaola-user's real-name identities (port; DubboIdentityClient in trade/infrastructure). */
public interface IdentityClient {

    /**
     * @return the buyer's verified identity: name, masked number, identity key (never the full number)
     * @throws io.kaola.common.error.KaolaException CROSSBORDER_BUYER_NOT_VERIFIED, passed through
     */
    VerifiedBuyer requireVerifiedBuyer(long buyerId);
}
