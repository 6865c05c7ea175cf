package io.kaola.promotion.seckill.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.promotion.api.AttemptToken;
import io.kaola.promotion.api.AttemptView;
import io.kaola.promotion.api.CreateFlashSaleRequest;
import io.kaola.promotion.api.FlashSaleAttemptRequest;
import io.kaola.promotion.api.FlashSaleReconciliation;
import io.kaola.promotion.api.FlashSaleService;
import io.kaola.promotion.api.FlashSaleView;
import io.kaola.promotion.seckill.application.ManageFlashSales;
import io.kaola.promotion.seckill.application.ReconcileFlashSales;
import io.kaola.promotion.seckill.application.SeckillGate;
import io.kaola.promotion.seckill.application.TakePartInFlashSale;
import io.kaola.promotion.seckill.domain.FlashSale;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@link FlashSaleService} over Dubbo (the gateway is its only caller: @CallableBy on the interface). */
@DubboService
public class FlashSaleServiceProvider implements FlashSaleService {
    private final ManageFlashSales sales;
    private final TakePartInFlashSale takePart;
    private final ReconcileFlashSales reconcile;
    private final SeckillGate gate;
    private final Clock clock;

    public FlashSaleServiceProvider(ManageFlashSales sales, TakePartInFlashSale takePart, ReconcileFlashSales reconcile,
                                    SeckillGate gate, Clock clock) {
        this.sales = sales;
        this.takePart = takePart;
        this.reconcile = reconcile;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public FlashSaleView createFlashSale(CreateFlashSaleRequest request) throws KaolaException {
        return view(sales.create(request));
    }

    @Override
    public FlashSaleView flashSale(long saleId) throws KaolaException { return view(sales.find(saleId)); }

    @Override
    public List<FlashSaleView> currentFlashSales(Instant at) throws KaolaException {
        return sales.current(at == null ? clock.instant() : at).stream().map(this::view).toList();
    }

    @Override
    public AttemptToken issueToken(long saleId, long userId) throws KaolaException {
        return takePart.issueToken(saleId, userId);
    }

    @Override
    public AttemptView attempt(FlashSaleAttemptRequest request) throws KaolaException { return takePart.attempt(request); }

    @Override
    public AttemptView attemptStatus(long userId, String attemptId) throws KaolaException {
        return takePart.status(userId, attemptId);
    }

    @Override
    public FlashSaleView endFlashSale(long saleId) throws KaolaException { return view(sales.end(saleId)); }

    @Override
    public FlashSaleReconciliation reconcile(long saleId) throws KaolaException { return reconcile.reconcile(saleId); }

    private FlashSaleView view(FlashSale s) {
        int left = s.status() == io.kaola.promotion.seckill.domain.FlashSaleStatus.ENDED ? 0 : gate.remaining(s.id());
        return new FlashSaleView(s.id(), s.name(), s.skuCode(), s.price(), s.units(), s.perUserLimit(), s.startsAt(),
                s.endsAt(), s.status().name(), s.phase(clock.instant(), left), left, s.returned());
    }
}
