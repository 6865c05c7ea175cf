package io.kaola.promotion.seckill.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code flash_sale} (mapper/FlashSaleMapper.xml). */
@Mapper
public interface FlashSaleMapper {

    /** A flash_sale row. */
    record FlashSaleRow(long id, String name, String skuCode, long priceMinor, String priceCurrency, int units,
                        int perUserLimit, Instant startsAt, Instant endsAt, String status, int returned,
                        Instant createdAt) {}

    /** The insert's parameter; {@code id} is written back. */
    final class NewFlashSale {
        public Long id;
        public final FlashSaleRow row;

        public NewFlashSale(FlashSaleRow row) { this.row = row; }
    }

    void insert(NewFlashSale sale);

    FlashSaleRow find(@Param("id") long id);

    List<FlashSaleRow> findOpen();

    List<FlashSaleRow> findNotEnded(@Param("at") Instant at);

    int moveStatus(@Param("id") long id, @Param("from") String from, @Param("to") String to,
                   @Param("returned") int returned);

    int deletePending(@Param("id") long id);
}
