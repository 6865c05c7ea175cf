package io.kaola.customs.declaration.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on declaration, declaration_document and declaration_receipt (SQL: mapper/DeclarationMapper.xml). */
@Mapper
public interface DeclarationMapper {

    int insertIgnore(@Param("orderNo") String orderNo, @Param("buyerId") long buyerId, @Param("status") String status,
                     @Param("at") Instant at);

    int insertCancelled(@Param("orderNo") String orderNo, @Param("detail") String detail, @Param("at") Instant at);

    DeclarationRow lock(String orderNo);

    DeclarationRow find(String orderNo);

    int move(@Param("orderNo") String orderNo, @Param("from") String from, @Param("to") String to,
             @Param("exceptionCode") String exceptionCode, @Param("exceptionDetail") String exceptionDetail,
             @Param("at") Instant at);

    int saveOrderFacts(@Param("orderNo") String orderNo, @Param("json") String json, @Param("idEnc") String idEnc,
                       @Param("at") Instant at);

    int savePaymentFacts(@Param("orderNo") String orderNo, @Param("json") String json, @Param("idEnc") String idEnc,
                         @Param("at") Instant at);

    int saveWaybillFacts(@Param("orderNo") String orderNo, @Param("json") String json, @Param("at") Instant at);

    FactsRow facts(String orderNo);

    List<DocumentRow> documents(String orderNo);

    DocumentRow document(@Param("orderNo") String orderNo, @Param("document") String document);

    int saveBuilt(@Param("orderNo") String orderNo, @Param("document") String document, @Param("guid") String guid,
                  @Param("appType") int appType, @Param("messageEnc") String messageEnc,
                  @Param("messageMasked") String messageMasked, @Param("at") Instant at);

    String message(@Param("orderNo") String orderNo, @Param("document") String document, @Param("guid") String guid);

    String maskedMessage(@Param("orderNo") String orderNo, @Param("document") String document);

    int claim(@Param("orderNo") String orderNo, @Param("document") String document, @Param("guid") String guid,
              @Param("at") Instant at, @Param("staleBefore") Instant staleBefore);

    int drop(@Param("orderNo") String orderNo, @Param("document") String document, @Param("guid") String guid,
             @Param("staleBefore") Instant staleBefore);

    int unclaim(@Param("orderNo") String orderNo, @Param("document") String document, @Param("guid") String guid);

    int markSent(@Param("orderNo") String orderNo, @Param("document") String document, @Param("guid") String guid,
                 @Param("at") Instant at);

    List<DocumentRow> builtBefore(@Param("before") Instant before, @Param("limit") int limit);

    int applyReceipt(@Param("orderNo") String orderNo, @Param("document") String document,
                     @Param("returnStatus") int returnStatus, @Param("returnInfo") String returnInfo,
                     @Param("returnTime") Instant returnTime);

    int insertReceipt(ReceiptRow row);

    ReceiptRow findReceipt(@Param("orderNo") String orderNo, @Param("document") String document,
                           @Param("guid") String guid, @Param("returnStatus") int returnStatus,
                           @Param("returnTime") Instant returnTime);

    List<ReceiptRow> receipts(String orderNo);

    List<DeclarationRow> list(@Param("status") String status, @Param("exceptions") List<String> exceptions,
                              @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("status") String status);
}
