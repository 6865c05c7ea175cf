package io.kaola.product.catalogimport.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SetStockResult;
import io.kaola.inventory.api.Warehouses;
import io.kaola.product.api.ImportCatalogRequest;
import io.kaola.product.api.ImportReport;
import io.kaola.product.api.ProductError;
import io.kaola.product.catalog.application.ProductChangedNotices;
import io.kaola.product.catalog.application.ProductDetailCache;
import io.kaola.product.catalog.application.StockClient;
import io.kaola.product.catalogimport.domain.CatalogStore;
import io.kaola.product.catalogimport.domain.ImportPlan;
import io.kaola.product.catalogimport.domain.KnownCatalog;
import io.kaola.product.catalogimport.domain.ReadOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a commercetools-shaped catalogue directory: read and validate everything
 * ({@link CatalogSource}), then write categories, products and SKUs in one local transaction, then
 * (after commit) evict the changed products' cached details, announce them, and set the imported
 * stock in kaola-inventory. The stock call is outside the transaction (another service); it is
 * idempotent, so when it fails the refusal says to re-run the import, which then finds the catalogue
 * unchanged and finishes the stock.
 */
@Service
public class ImportCatalog {
    private static final Logger log = LoggerFactory.getLogger(ImportCatalog.class);

    private final CatalogSource source;
    private final KnownCatalog known;
    private final CatalogStore store;
    private final TransactionTemplate tx;
    private final ProductDetailCache cache;
    private final ProductChangedNotices notices;
    private final StockClient stock;
    private final ImportLock lock;
    private final Clock clock;

    public ImportCatalog(CatalogSource source, KnownCatalog known, CatalogStore store, TransactionTemplate tx,
                         ProductDetailCache cache, ProductChangedNotices notices, StockClient stock, ImportLock lock,
                         Clock clock) {
        this.source = source;
        this.known = known;
        this.store = store;
        this.tx = tx;
        this.cache = cache;
        this.notices = notices;
        this.stock = stock;
        this.lock = lock;
        this.clock = clock;
    }

    /**
     * @return the counts; stock counts are zero when the directory has no inventory.json
     * @throws KaolaException PRODUCT_IMPORT_REFUSED listing each problem (nothing written);
     *         when only the stock step fails, kaola-inventory's code (or COMMON_SERVICE_UNAVAILABLE)
     *         with "re-run the import to finish stock" (the catalogue part is committed)
     */
    public ImportReport importCatalog(ImportCatalogRequest request) {
        return lock.holding(() -> importHoldingLock(request));
    }

    private ImportReport importHoldingLock(ImportCatalogRequest request) {
        ReadOutcome outcome = source.read(request.files(), known, clock.instant());
        if (!outcome.isAccepted()) {
            throw ProductError.IMPORT_REFUSED.exception(outcome.problems().size() == 1 ? outcome.problems().get(0)
                    : outcome.problems().size() + " problems, nothing imported: " + String.join("; ", outcome.problems()));
        }
        ImportPlan plan = outcome.plan();
        CatalogStore.Applied applied = tx.execute(status -> store.apply(plan));
        cache.evict(applied.changedSpuIds());
        notices.publish(applied.changedSpuIds());
        if (!plan.generatedSkuCodes().isEmpty()) {
            log.info("catalogue import: {} variants without sku got derived codes: {}", plan.generatedSkuCodes().size(),
                    plan.generatedSkuCodes());
        }

        String warehouse = request.warehouseCode() == null || request.warehouseCode().isBlank()
                ? Warehouses.DEFAULT_BONDED : request.warehouseCode();
        ImportReport.Counts stockCounts = new ImportReport.Counts(0, 0, 0, plan.stockRefused());
        if (plan.hasInventory() && !plan.stock().isEmpty()) {
            List<SetStockRequest.Entry> entries = plan.stock().stream()
                    .map(s -> new SetStockRequest.Entry(s.skuCode(), s.onHand())).toList();
            String done = "catalogue saved (products " + describe(applied.products()) + ", SKUs " + describe(applied.skus())
                    + ") but the stock of warehouse " + warehouse + " was not set: ";
            SetStockResult result;
            try {
                result = stock.setStock(warehouse, entries);
            } catch (KaolaException e) {
                log.warn("catalogue import by {}: {}{}", request.requestedBy(), done, e.toString());
                throw new KaolaException(e.code(), e.kind(), e.title(),
                        done + e.getMessage() + "; re-run the import to finish stock");
            } catch (RuntimeException e) {
                log.warn("catalogue import by {}: {}{}", request.requestedBy(), done, e.toString());
                throw CommonError.SERVICE_UNAVAILABLE.exception(done + e.getMessage() + "; re-run the import to finish stock");
            }
            stockCounts = new ImportReport.Counts(result.created(), result.updated(), result.unchanged(), plan.stockRefused());
        }
        ImportReport report = new ImportReport(applied.categories(), applied.products(), applied.skus(), stockCounts,
                new ArrayList<>(plan.refused()), new ArrayList<>(plan.ignoredFiles()));
        log.info("catalogue import by {} into {}: categories {}, products {}, SKUs {}, stock {}, {} refused, ignored files {}",
                request.requestedBy(), warehouse, describe(report.categories()), describe(report.products()),
                describe(report.skus()), describe(report.stock()), report.refused().size(), report.ignoredFiles());
        return report;
    }

    private static String describe(ImportReport.Counts c) {
        return c.created() + " created/" + c.updated() + " updated/" + c.unchanged() + " unchanged"
                + (c.refused() > 0 ? "/" + c.refused() + " refused" : "");
    }
}
