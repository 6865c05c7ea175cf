package io.kaola.user.quota.application;

import io.kaola.user.api.UserError;
import io.kaola.user.identity.application.BuyerIdentities;
import io.kaola.user.quota.domain.AnnualQuota;
import io.kaola.user.quota.domain.QuotaBalance;
import io.kaola.user.quota.domain.QuotaRepository;
import io.kaola.user.quota.domain.QuotaReservation;
import org.springframework.stereotype.Service;

/** What a buyer has used of the annual quota, and the reservation check before payment. */
@Service
public class ReadQuota {
    private final BuyerIdentities buyers;
    private final QuotaRepository quotas;
    private final AnnualQuota rule;

    public ReadQuota(BuyerIdentities buyers, QuotaRepository quotas, AnnualQuota rule) {
        this.buyers = buyers;
        this.quotas = quotas;
        this.rule = rule;
    }

    /** @return the limit in force */
    public AnnualQuota rule() { return rule; }

    /**
     * @return the balance of the buyer's identity (shared by all its accounts) in {@code year}
     * @throws io.kaola.common.error.KaolaException CROSSBORDER_BUYER_NOT_VERIFIED
     */
    public QuotaBalance balance(long buyerId, int year) {
        return quotas.findYear(buyers.requireVerified(buyerId).identityKey(), year);
    }

    /**
     * @return the buyer's live (RESERVED or CONFIRMED) reservation of the order
     * @throws io.kaola.common.error.KaolaException USER_QUOTA_RESERVATION_NOT_FOUND (none, another buyer's, or RELEASED)
     */
    public QuotaReservation requireLiveReservation(long buyerId, String orderNo) {
        return quotas.findReservation(orderNo == null ? "" : orderNo)
                .filter(r -> r.buyerId() == buyerId && r.isLive())
                .orElseThrow(() -> UserError.QUOTA_RESERVATION_NOT_FOUND.exception(
                        "order " + orderNo + " holds no quota reservation of this buyer; place the order again"));
    }
}
