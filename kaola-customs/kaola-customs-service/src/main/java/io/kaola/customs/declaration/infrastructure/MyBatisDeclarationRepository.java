package io.kaola.customs.declaration.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.declaration.domain.Declaration;
import io.kaola.common.crypto.IdentityCipher;
import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.DocumentRecord;
import io.kaola.customs.declaration.domain.OrderFacts;
import io.kaola.customs.declaration.domain.PaymentFacts;
import io.kaola.customs.declaration.domain.ReceiptOutcome;
import io.kaola.customs.declaration.domain.StoredReceipt;
import io.kaola.customs.declaration.domain.WaybillFacts;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link DeclarationRepository} on MariaDB. Facts are JSON without the identity number, which is stored apart,
 * AES-256-GCM encrypted with the order as context ({@code declaration:<orderNo>:buyer|payer}); full messages are
 * encrypted likewise ({@code declaration:<orderNo>:<document>}). Times are kept to the millisecond.
 */
@Repository
public class MyBatisDeclarationRepository implements DeclarationRepository {
    private static final List<String> EXCEPTIONS = Arrays.stream(DeclarationStatus.values())
            .filter(DeclarationStatus::isException).map(Enum::name).toList();

    private final DeclarationMapper mapper;
    private final IdentityCipher cipher;
    private final ObjectMapper json;

    public MyBatisDeclarationRepository(DeclarationMapper mapper, IdentityCipher cipher, ObjectMapper json) {
        this.mapper = mapper;
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    public void createIfAbsent(String orderNo, long buyerId, Instant at) {
        mapper.insertIgnore(orderNo, buyerId, DeclarationStatus.COLLECTING.name(), ms(at));
    }

    @Override
    public boolean createCancelled(String orderNo, String detail, Instant at) {
        return mapper.insertCancelled(orderNo, cut(detail, 1000), ms(at)) == 1;
    }

    @Override public Optional<Declaration> lock(String orderNo) { return Optional.ofNullable(mapper.lock(orderNo)).map(this::toDomain); }

    @Override public Optional<Declaration> find(String orderNo) { return Optional.ofNullable(mapper.find(orderNo)).map(this::toDomain); }

    @Override
    public boolean move(String orderNo, DeclarationStatus from, DeclarationStatus to, String exceptionCode,
                        String exceptionDetail, Instant at) {
        return mapper.move(orderNo, from.name(), to.name(), exceptionCode, exceptionDetail, ms(at)) == 1;
    }

    @Override
    public void saveOrderFacts(OrderFacts facts, Instant at) {
        String idEnc = cipher.encrypt(facts.buyerIdNumber(), context(facts.orderNo(), "buyer"));
        mapper.saveOrderFacts(facts.orderNo(), write(facts.withBuyerIdNumber(null)), idEnc, ms(at));
    }

    @Override
    public void savePaymentFacts(PaymentFacts facts, Instant at) {
        String idEnc = cipher.encrypt(facts.payerIdNumber(), context(facts.orderNo(), "payer"));
        mapper.savePaymentFacts(facts.orderNo(), write(facts.withPayerIdNumber(null)), idEnc, ms(at));
    }

    @Override
    public void saveWaybillFacts(WaybillFacts facts, Instant at) {
        mapper.saveWaybillFacts(facts.orderNo(), write(facts), ms(at));
    }

    @Override
    public Optional<OrderFacts> orderFacts(String orderNo) {
        FactsRow row = mapper.facts(orderNo);
        if (row == null || row.orderFacts() == null) return Optional.empty();
        OrderFacts facts = read(row.orderFacts(), OrderFacts.class);
        return Optional.of(facts.withBuyerIdNumber(cipher.decrypt(row.buyerIdNumberEnc(), context(orderNo, "buyer"))));
    }

    @Override
    public Optional<PaymentFacts> paymentFacts(String orderNo) {
        FactsRow row = mapper.facts(orderNo);
        if (row == null || row.paymentFacts() == null) return Optional.empty();
        PaymentFacts facts = read(row.paymentFacts(), PaymentFacts.class);
        return Optional.of(facts.withPayerIdNumber(cipher.decrypt(row.payerIdNumberEnc(), context(orderNo, "payer"))));
    }

    @Override
    public Optional<WaybillFacts> waybillFacts(String orderNo) {
        FactsRow row = mapper.facts(orderNo);
        if (row == null || row.waybillFacts() == null) return Optional.empty();
        return Optional.of(read(row.waybillFacts(), WaybillFacts.class));
    }

    @Override
    public List<DocumentRecord> documents(String orderNo) {
        return mapper.documents(orderNo).stream().map(MyBatisDeclarationRepository::toDomain).toList();
    }

    @Override
    public Optional<DocumentRecord> document(String orderNo, CustomsDocument document) {
        return Optional.ofNullable(mapper.document(orderNo, document.name())).map(MyBatisDeclarationRepository::toDomain);
    }

    @Override
    public void saveBuilt(String orderNo, CustomsDocument document, String guid, int appType, String fullXml,
                          String maskedXml, Instant at) {
        mapper.saveBuilt(orderNo, document.name(), guid, appType, cipher.encrypt(fullXml, context(orderNo, document.name())),
                maskedXml, ms(at));
    }

    @Override
    public Optional<String> message(String orderNo, CustomsDocument document, String guid) {
        return Optional.ofNullable(mapper.message(orderNo, document.name(), guid))
                .map(enc -> cipher.decrypt(enc, context(orderNo, document.name())));
    }

    @Override
    public Optional<String> maskedMessage(String orderNo, CustomsDocument document) {
        return Optional.ofNullable(mapper.maskedMessage(orderNo, document.name()));
    }

    @Override
    public boolean claim(String orderNo, CustomsDocument document, String guid, Instant at, Instant staleBefore) {
        return mapper.claim(orderNo, document.name(), guid, ms(at), ms(staleBefore)) == 1;
    }

    @Override
    public void markSent(String orderNo, CustomsDocument document, String guid, Instant at) {
        mapper.markSent(orderNo, document.name(), guid, ms(at));
    }

    @Override
    public boolean drop(String orderNo, CustomsDocument document, String guid, Instant staleBefore) {
        return mapper.drop(orderNo, document.name(), guid, ms(staleBefore)) == 1;
    }

    @Override
    public void unclaim(String orderNo, CustomsDocument document, String guid) {
        mapper.unclaim(orderNo, document.name(), guid);
    }

    @Override
    public List<DocumentRecord> builtBefore(Instant before, int limit) {
        return mapper.builtBefore(ms(before), limit).stream().map(MyBatisDeclarationRepository::toDomain).toList();
    }

    @Override
    public void applyReceipt(String orderNo, CustomsDocument document, int returnStatus, String returnInfo,
                             Instant returnTime) {
        mapper.applyReceipt(orderNo, document.name(), returnStatus, cut(returnInfo, 500), ms(returnTime));
    }

    @Override
    public boolean insertReceipt(StoredReceipt r) {
        return mapper.insertReceipt(new ReceiptRow(r.orderNo(), r.document().name(), r.guid(), r.returnStatus(),
                cut(r.returnInfo(), 500), ms(r.returnTime()), ms(r.receivedAt()), r.outcome().name(), r.publishes(),
                r.rawMessage())) == 1;
    }

    @Override
    public Optional<StoredReceipt> findReceipt(String orderNo, CustomsDocument document, String guid, int returnStatus,
                                               Instant returnTime) {
        return Optional.ofNullable(mapper.findReceipt(orderNo, document.name(), guid, returnStatus, ms(returnTime)))
                .map(MyBatisDeclarationRepository::toDomain);
    }

    @Override
    public List<StoredReceipt> receipts(String orderNo) {
        return mapper.receipts(orderNo).stream().map(MyBatisDeclarationRepository::toDomain).toList();
    }

    @Override
    public List<Declaration> list(DeclarationStatus status, int limit, long offset) {
        return mapper.list(status == null ? null : status.name(), EXCEPTIONS, limit, offset).stream()
                .map(this::toDomain).toList();
    }

    @Override
    public long count(DeclarationStatus status) { return mapper.count(status == null ? null : status.name()); }

    private Declaration toDomain(DeclarationRow r) {
        return new Declaration(r.orderNo(), r.buyerId(), DeclarationStatus.valueOf(r.status()), r.exceptionCode(),
                r.exceptionDetail(), r.hasOrder(), r.hasPayment(), r.hasWaybill(), r.createdAt(), r.updatedAt());
    }

    private static DocumentRecord toDomain(DocumentRow r) {
        return new DocumentRecord(r.orderNo(), CustomsDocument.valueOf(r.document()), r.guid(), r.appType(),
                DocumentRecord.State.valueOf(r.state()), r.attempts(), r.lastReturnStatus(), r.lastReturnInfo(),
                r.lastReturnTime(), r.builtAt(), r.sentAt());
    }

    private static StoredReceipt toDomain(ReceiptRow r) {
        return new StoredReceipt(r.orderNo(), CustomsDocument.valueOf(r.document()), r.guid(), r.returnStatus(),
                r.returnInfo(), r.returnTime(), r.receivedAt(), ReceiptOutcome.valueOf(r.outcome()), r.publishes(),
                r.rawMessage());
    }

    private static String context(String orderNo, String what) { return "declaration:" + orderNo + ":" + what; }

    private static Instant ms(Instant at) { return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS); }

    private static String cut(String s, int max) { return s == null || s.length() <= max ? s : s.substring(0, max); }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode stored " + type.getSimpleName(), e);
        }
    }
}
