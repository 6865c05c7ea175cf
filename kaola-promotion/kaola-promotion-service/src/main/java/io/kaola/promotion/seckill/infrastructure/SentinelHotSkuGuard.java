package io.kaola.promotion.seckill.infrastructure;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRuleManager;
import io.kaola.promotion.api.PromotionError;
import io.kaola.promotion.seckill.application.HotSkuGuard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * {@link HotSkuGuard} with Sentinel's hot-parameter flow control: resource {@value #RESOURCE}, parameter 0 the SKU
 * code, QPS {@code kaola.promotion.seckill.hot-sku-qps} per SKU over 1 s (ParamFlowRule, grade QPS). Each SKU has its
 * own budget, so one hot SKU's crowd is refused fast (429) while attempts on other SKUs pass.
 */
@Component
public class SentinelHotSkuGuard implements HotSkuGuard {
    /** The Sentinel resource of a flash-sale admission. */
    public static final String RESOURCE = "seckill-attempt";

    public SentinelHotSkuGuard(@Value("${kaola.promotion.seckill.hot-sku-qps:2000}") int qps) {
        ParamFlowRule rule = new ParamFlowRule(RESOURCE).setParamIdx(0).setGrade(RuleConstant.FLOW_GRADE_QPS)
                .setCount(qps).setDurationInSec(1);
        ParamFlowRuleManager.loadRules(List.of(rule));
    }

    @Override
    public <T> T call(String skuCode, Supplier<T> admission) {
        Entry entry;
        try {
            entry = SphU.entry(RESOURCE, EntryType.IN, 1, skuCode);
        } catch (BlockException e) {
            throw PromotionError.FLASH_SALE_BUSY.exception("too many attempts on sku " + skuCode
                    + " this second; try again in a second").with("retryAfterSeconds", 1);
        }
        try {
            return admission.get();
        } finally {
            entry.exit(1, skuCode);
        }
    }
}
