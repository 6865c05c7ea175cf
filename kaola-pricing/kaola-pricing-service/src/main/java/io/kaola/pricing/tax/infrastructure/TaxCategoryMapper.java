package io.kaola.pricing.tax.infrastructure;

import io.kaola.common.money.Money;
import io.kaola.pricing.tax.domain.ConsumptionTaxBasis;
import io.kaola.pricing.tax.domain.TaxCategory;
import org.apache.ibatis.annotations.Mapper;

import java.math.BigDecimal;
import java.util.List;

/** Statements on {@code tax_category} (mapper/TaxCategoryMapper.xml). */
@Mapper
public interface TaxCategoryMapper {

    /** A tax_category row; thresholds in CNY fen. */
    record TaxCategoryRow(String code, String name, BigDecimal vatRate, BigDecimal consumptionTaxRate,
                          String consumptionTaxBasis, Long thresholdPerUnitMinor, Long thresholdPerPieceMinor,
                          BigDecimal mfnTariffRate, boolean blocked, String source) {
        public static TaxCategoryRow of(TaxCategory c) {
            return new TaxCategoryRow(c.code(), c.name(), c.vatRate(), c.consumptionTaxRate(), c.basis().name(),
                    c.thresholdPerUnit() == null ? null : c.thresholdPerUnit().minor(),
                    c.thresholdPerPiece() == null ? null : c.thresholdPerPiece().minor(),
                    c.mfnTariffRate(), c.blocked(), c.source());
        }

        public TaxCategory toDomain() {
            return new TaxCategory(code, name, vatRate, consumptionTaxRate, ConsumptionTaxBasis.valueOf(consumptionTaxBasis),
                    thresholdPerUnitMinor == null ? null : Money.cny(thresholdPerUnitMinor),
                    thresholdPerPieceMinor == null ? null : Money.cny(thresholdPerPieceMinor),
                    mfnTariffRate, blocked, source);
        }
    }

    /** @return every category, by code */
    List<TaxCategoryRow> findAll();

    /** Inserts the category, or replaces every column of the one with the same code. */
    void upsert(TaxCategoryRow row);
}
