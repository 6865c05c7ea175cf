package io.kaola.customs.declaration.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on return_declaration (SQL: mapper/ReturnMapper.xml). */
@Mapper
public interface ReturnMapper {

    ReturnRow find(String returnId);

    ReturnRow findByGuid(String guid);

    List<ReturnRow> ofOrder(String orderNo);

    int insert(@Param("row") ReturnRow row, @Param("messageEnc") String messageEnc,
               @Param("messageMasked") String messageMasked);

    String message(String returnId);

    int claim(@Param("returnId") String returnId, @Param("at") Instant at, @Param("staleBefore") Instant staleBefore);

    int markSent(@Param("returnId") String returnId, @Param("at") Instant at);

    int unclaim(String returnId);

    List<ReturnRow> builtBefore(@Param("before") Instant before, @Param("limit") int limit);

    int applyReceipt(@Param("returnId") String returnId, @Param("returnStatus") int returnStatus,
                     @Param("returnInfo") String returnInfo, @Param("returnTime") Instant returnTime);

    int move(@Param("returnId") String returnId, @Param("from") String from, @Param("to") String to,
             @Param("at") Instant at);
}
