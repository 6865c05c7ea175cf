package io.kaola.gateway.admin;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.product.api.CatalogImportService;
import io.kaola.product.api.ImportCatalogRequest;
import io.kaola.product.api.ImportReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import io.kaola.gateway.catalog.ProductDetailNearCache;
import io.kaola.product.api.ProductDetailInvalidation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/** Ops: loads a commercetools-shaped catalogue directory. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Admin", description = "Ops only (role OPS)")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class CatalogImportController {
    private final CatalogImportService imports;
    private final ProductDetailNearCache details;

    public CatalogImportController(CatalogImportService imports, ProductDetailNearCache details) {
        this.imports = imports;
        this.details = details;
    }

    /** Documentation of the form: any number of file parts (any part name) plus an optional warehouseCode. */
    @Schema(name = "CatalogImportForm")
    record ImportForm(@ArraySchema(schema = @Schema(type = "string", format = "binary"), arraySchema = @Schema(
                              description = "categories.json, products.json, inventory.json, standalone-prices.json, ..."))
                      List<String> files,
                      @Schema(description = "bonded warehouse for inventory rows; default BONDED-NINGBO")
                      String warehouseCode) {}

    @PostMapping(path = "/catalog/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a catalogue (commercetools draft JSON files)",
            description = "Each file part is keyed by its file name without directory. Everything is validated "
                    + "first: one bad item refuses the whole import. Importing the same files again reports "
                    + "everything unchanged. Up to 20 MB per request.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = ImportForm.class))))
    @ApiResponse(responseCode = "200", description = "Counts of created, updated, unchanged and refused items")
    @ApiResponse(responseCode = "400", description = "PRODUCT_IMPORT_REFUSED listing every problem by file and item")
    @ApiResponse(responseCode = "413", description = "COMMON_PAYLOAD_TOO_LARGE")
    public ImportReport importCatalog(Caller caller,
                                      @Parameter(hidden = true) @RequestParam MultiValueMap<String, MultipartFile> parts,
                                      @Parameter(hidden = true) @RequestParam(required = false) String warehouseCode) {
        List<MultipartFile> files = parts.values().stream().flatMap(List::stream).toList();
        ImportReport report = imports.importCatalog(new ImportCatalogRequest(UploadedFiles.byFileName(files), warehouseCode, caller.email()));
        details.invalidate(ProductDetailInvalidation.ALL);
        return report;
    }
}
