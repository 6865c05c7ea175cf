package io.kaola.payment.refund.application;

import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.api.RefundSucceeded;
import io.kaola.payment.charge.application.TransactionCheck;
import io.kaola.payment.charge.domain.CheckBackAnswer;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundRepository;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The broker's check-back for RefundSucceeded half messages (key refundNo): the refund SUCCEEDED → COMMIT; still
 * PENDING or not found → NOT_YET (asked again while young, then rolled back); FAILED → ROLLBACK.
 */
@Component
public class RefundCheck implements TransactionCheck {
    private final RefundRepository refunds;

    public RefundCheck(RefundRepository refunds) { this.refunds = refunds; }

    @Override
    public String topic() { return RefundSucceeded.TOPIC; }

    @Override
    public CheckBackAnswer check(String key, Map<String, String> properties) {
        RefundStatus status = key == null ? null : refunds.find(key).map(Refund::status).orElse(null);
        if (status == RefundStatus.SUCCEEDED) return CheckBackAnswer.COMMIT;
        return status == RefundStatus.FAILED ? CheckBackAnswer.ROLLBACK : CheckBackAnswer.NOT_YET;
    }
}
