package io.kaola.product.catalog.infrastructure;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.product.catalog.application.PricingClient;
import io.kaola.product.catalog.domain.UnitQuotes;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link PricingClient} over Dubbo: CNY prices for the product detail, from kaola-pricing's PricingService. */
@Component
public class DubboPricingClient implements PricingClient {
    private static final Logger log = LoggerFactory.getLogger(DubboPricingClient.class);

    @DubboReference(check = false, timeout = 1500, methods = {@Method(name = "quote", retries = 1)})
    private PricingService pricing;

    /**
     * Quotes one unit of each SKU at today's rate, one call per supplier currency so that a
     * currency without a rate does not take the others' prices with it.
     *
     * @param supplierPrices SKU code to its list price
     * @return the quoted lines by SKU code; SKUs whose currency could not be quoted are absent
     */
    @Override
    public UnitQuotes quoteOneEach(Map<String, Money> supplierPrices) {
        Map<String, List<Map.Entry<String, Money>>> byCurrency = supplierPrices.entrySet().stream()
                .collect(Collectors.groupingBy(e -> e.getValue().currency(), LinkedHashMap::new, Collectors.toList()));
        Map<String, PriceQuote.LineQuote> lines = new HashMap<>();
        boolean complete = true;
        boolean down = false;
        for (Map.Entry<String, List<Map.Entry<String, Money>>> currency : byCurrency.entrySet()) {
            List<QuoteRequest.Line> request = currency.getValue().stream()
                    .map(e -> new QuoteRequest.Line(e.getKey(), 1, e.getValue())).toList();
            try {
                pricing.quote(new QuoteRequest(request, null)).lines().forEach(l -> lines.put(l.skuCode(), l));
            } catch (KaolaException refused) {   // e.g. PRICING_NO_FX_RATE: pricing answered
                complete = false;
                log.warn("no CNY price for {} SKUs in {}: {}", request.size(), currency.getKey(), refused.code());
            } catch (RuntimeException e) {
                complete = false;
                down = true;
                log.warn("no CNY price for {} SKUs in {}: {}", request.size(), currency.getKey(), e.toString());
            }
        }
        return new UnitQuotes(lines, complete, down);
    }
}
