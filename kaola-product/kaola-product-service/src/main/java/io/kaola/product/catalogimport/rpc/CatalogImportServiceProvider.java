package io.kaola.product.catalogimport.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.product.api.CatalogImportService;
import io.kaola.product.api.ImportCatalogRequest;
import io.kaola.product.api.ImportReport;
import io.kaola.product.api.ProductError;
import io.kaola.product.catalogimport.application.ImportCatalog;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo endpoint of the catalogue import. Not retried (a write); long timeout (a whole catalogue). */
@DubboService(timeout = 120_000, retries = 0)
public class CatalogImportServiceProvider implements CatalogImportService {
    private final ImportCatalog importCatalog;

    public CatalogImportServiceProvider(ImportCatalog importCatalog) { this.importCatalog = importCatalog; }

    @Override
    public ImportReport importCatalog(ImportCatalogRequest request) throws KaolaException {
        if (request == null) throw ProductError.IMPORT_REFUSED.exception("no import request");
        return importCatalog.importCatalog(request);
    }
}
