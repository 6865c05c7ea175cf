package io.kaola.product.catalog.infrastructure;

/**
 * The fields of {@code spu} an import writes; {@code id} is filled by the insert. The tax profile
 * (taxCategoryCode, importable) is written on insert, and on update only while the row's
 * {@code tax_profile_source} is IMPORT (ops' own choice is kept).
 */
public class SpuWrite {
    private Long id;
    private final String spuKey;
    private final String nameJson;
    private final String descriptionJson;
    private final String slugJson;
    private final String productType;
    private final String taxCategoryKey;
    private final boolean published;
    private final String contentHash;
    private final String taxCategoryCode;
    private final boolean importable;

    public SpuWrite(Long id, String spuKey, String nameJson, String descriptionJson, String slugJson, String productType,
                    String taxCategoryKey, boolean published, String contentHash, String taxCategoryCode,
                    boolean importable) {
        this.id = id;
        this.spuKey = spuKey;
        this.nameJson = nameJson;
        this.descriptionJson = descriptionJson;
        this.slugJson = slugJson;
        this.productType = productType;
        this.taxCategoryKey = taxCategoryKey;
        this.published = published;
        this.contentHash = contentHash;
        this.taxCategoryCode = taxCategoryCode;
        this.importable = importable;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSpuKey() { return spuKey; }
    public String getNameJson() { return nameJson; }
    public String getDescriptionJson() { return descriptionJson; }
    public String getSlugJson() { return slugJson; }
    public String getProductType() { return productType; }
    public String getTaxCategoryKey() { return taxCategoryKey; }
    public boolean isPublished() { return published; }
    public String getContentHash() { return contentHash; }
    public String getTaxCategoryCode() { return taxCategoryCode; }
    public boolean isImportable() { return importable; }
}
