package io.kaola.logistics.returns.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.logistics.api.ReturnShipmentService;
import io.kaola.logistics.api.ReturnShipmentView;
import io.kaola.logistics.returns.application.BookReturn;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * {@link ReturnShipmentService} over Dubbo, for kaola-order only (@CallableBy on the interface). Idempotent on
 * returnId, so the caller retries on its own; no Dubbo retries (5 s: the carrier and kaola-order are asked).
 */
@DubboService(timeout = 5000, retries = 0)
public class ReturnShipmentServiceProvider implements ReturnShipmentService {
    private final BookReturn bookReturn;

    public ReturnShipmentServiceProvider(BookReturn bookReturn) { this.bookReturn = bookReturn; }

    @Override
    public ReturnShipmentView bookReturn(String returnId, String orderNo) throws KaolaException {
        return bookReturn.book(returnId, orderNo);
    }
}
