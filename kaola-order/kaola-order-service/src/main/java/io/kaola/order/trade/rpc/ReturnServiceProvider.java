package io.kaola.order.trade.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.ReturnRequest;
import io.kaola.order.api.ReturnService;
import io.kaola.order.api.ReturnStatus;
import io.kaola.order.api.ReturnView;
import io.kaola.order.trade.application.ManageReturns;
import io.kaola.order.trade.domain.OrderReturn;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.util.List;

/** {@link ReturnService} over Dubbo: maps the use cases' returns to views. Writes are never retried by Dubbo. */
@DubboService(timeout = 3000, methods = {
        @Method(name = "requestReturn", timeout = 5000, retries = 0),
        @Method(name = "approveReturn", timeout = 10000, retries = 0),
        @Method(name = "refuseReturn", timeout = 5000, retries = 0)})
public class ReturnServiceProvider implements ReturnService {
    private final ManageReturns returns;

    public ReturnServiceProvider(ManageReturns returns) { this.returns = returns; }

    @Override
    public ReturnView requestReturn(long buyerId, String orderNo, ReturnRequest request) throws KaolaException {
        return returns.request(buyerId, orderNo, request).view();
    }

    @Override
    public List<ReturnView> returnsOf(long buyerId, String orderNo) throws KaolaException {
        return returns.returnsOf(buyerId, orderNo).stream().map(OrderReturn::view).toList();
    }

    @Override
    public ReturnView approveReturn(String returnId, String actor) throws KaolaException {
        return returns.approve(returnId, actor).view();
    }

    @Override
    public ReturnView refuseReturn(String returnId, String reason, String actor) throws KaolaException {
        return returns.refuse(returnId, reason, actor).view();
    }

    @Override
    public Page<ReturnView> listReturns(ReturnStatus status, PageRequest page) {
        return returns.list(status, page == null ? new PageRequest(0, 20) : page);
    }
}
