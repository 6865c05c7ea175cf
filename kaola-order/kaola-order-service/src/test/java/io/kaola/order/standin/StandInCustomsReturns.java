package io.kaola.order.standin;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CustomsReturnService;
import io.kaola.customs.api.ReturnDeclarationView;
import io.kaola.customs.api.ReturnLine;
import org.apache.dubbo.config.annotation.DubboService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kaola-customs stand-in for return declarations (CEB625): records the lines per return id, idempotent like the real
 * one. Customs' answer (RETURN_ACCEPTED on customs-status-changed) is sent by the test itself.
 */
@DubboService
public class StandInCustomsReturns implements CustomsReturnService {
    private final Map<String, List<ReturnLine>> declared = new HashMap<>();

    /** @return the lines declared for the return, null when not declared */
    public synchronized List<ReturnLine> declaredReturn(String returnId) { return declared.get(returnId); }

    @Override
    public synchronized ReturnDeclarationView declareReturn(String orderNo, String returnId, List<ReturnLine> lines,
                                                         String reason) throws KaolaException {
        declared.putIfAbsent(returnId, List.copyOf(lines));
        return new ReturnDeclarationView(returnId, orderNo, "SENT", "stand-in");
    }
}
