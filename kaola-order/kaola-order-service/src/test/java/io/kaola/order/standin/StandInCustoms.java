package io.kaola.order.standin;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CancellationResult;
import io.kaola.customs.api.CancellationStatus;
import io.kaola.customs.api.CustomsCancellationService;
import io.kaola.customs.api.CustomsError;
import org.apache.dubbo.config.annotation.DubboService;

import java.util.HashMap;
import java.util.Map;

/**
 * kaola-customs stand-in for cancellations: answers what the test scripted per order ({@link #willAnswer};
 * CANCELLING when nothing is scripted, as for a declared list), or CUSTOMS_ALREADY_RELEASED
 * ({@link #released}). The outcome a real kaola-customs publishes (CANCELLED on customs-status-changed) is sent by the
 * test itself. Counts calls. Return declarations: {@link StandInCustomsReturns}.
 */
@DubboService
public class StandInCustoms implements CustomsCancellationService {
    private final Map<String, CancellationStatus> answers = new HashMap<>();
    private final Map<String, Boolean> released = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();

    /** Cancels of the order answer {@code status}. */
    public synchronized void willAnswer(String orderNo, CancellationStatus status) { answers.put(orderNo, status); }

    /** Cancels of the order are refused: customs has released it. */
    public synchronized void released(String orderNo) { released.put(orderNo, true); }

    public synchronized int calls(String orderNo) { return calls.getOrDefault(orderNo, 0); }

    @Override
    public synchronized CancellationResult cancel(String orderNo, String reason) throws KaolaException {
        calls.merge(orderNo, 1, Integer::sum);
        if (released.getOrDefault(orderNo, false)) {
            throw CustomsError.ALREADY_RELEASED.exception("stand-in: order " + orderNo + " was released");
        }
        CancellationStatus status = answers.getOrDefault(orderNo, CancellationStatus.CANCELLING);
        return new CancellationResult(orderNo, status, "stand-in");
    }
}
