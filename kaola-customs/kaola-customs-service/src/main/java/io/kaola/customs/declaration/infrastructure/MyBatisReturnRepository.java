package io.kaola.customs.declaration.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.crypto.IdentityCipher;
import io.kaola.customs.declaration.domain.DocumentRecord;
import io.kaola.customs.declaration.domain.ReturnDeclaration;
import io.kaola.customs.declaration.domain.ReturnDeclarationStatus;
import io.kaola.customs.declaration.domain.ReturnRepository;
import io.kaola.customs.declaration.domain.ReturnRules;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@link ReturnRepository} on MariaDB ({@code return_declaration}). The lines are JSON; the full CEB625 is
 * AES-256-GCM encrypted with the return as context ({@code return:<returnId>}), with a masked copy. Times are kept
 * to the millisecond.
 */
@Repository
public class MyBatisReturnRepository implements ReturnRepository {
    private static final TypeReference<List<ReturnRules.DeclaredReturnLine>> LINES = new TypeReference<>() {};

    private final ReturnMapper mapper;
    private final IdentityCipher cipher;
    private final ObjectMapper json;

    public MyBatisReturnRepository(ReturnMapper mapper, IdentityCipher cipher, ObjectMapper json) {
        this.mapper = mapper;
        this.cipher = cipher;
        this.json = json;
    }

    @Override public Optional<ReturnDeclaration> find(String returnId) { return Optional.ofNullable(mapper.find(returnId)).map(this::toDomain); }

    @Override public Optional<ReturnDeclaration> findByGuid(String guid) { return Optional.ofNullable(mapper.findByGuid(guid)).map(this::toDomain); }

    @Override public List<ReturnDeclaration> ofOrder(String orderNo) { return mapper.ofOrder(orderNo).stream().map(this::toDomain).toList(); }

    @Override
    public void create(ReturnDeclaration d, String fullXml, String maskedXml) {
        mapper.insert(new ReturnRow(d.returnId(), d.orderNo(), d.status().name(), write(d.lines()), d.reason(), d.guid(),
                d.state().name(), null, null, null, ms(d.createdAt()), null, null),
                cipher.encrypt(fullXml, context(d.returnId())), maskedXml);
    }

    @Override
    public Optional<String> message(String returnId) {
        return Optional.ofNullable(mapper.message(returnId)).map(enc -> cipher.decrypt(enc, context(returnId)));
    }

    @Override
    public boolean claim(String returnId, Instant at, Instant staleBefore) {
        return mapper.claim(returnId, ms(at), ms(staleBefore)) == 1;
    }

    @Override public void markSent(String returnId, Instant at) { mapper.markSent(returnId, ms(at)); }

    @Override public void unclaim(String returnId) { mapper.unclaim(returnId); }

    @Override
    public List<ReturnDeclaration> builtBefore(Instant before, int limit) {
        return mapper.builtBefore(ms(before), limit).stream().map(this::toDomain).toList();
    }

    @Override
    public void applyReceipt(String returnId, int returnStatus, String returnInfo, Instant returnTime) {
        mapper.applyReceipt(returnId, returnStatus, cut(returnInfo, 500), ms(returnTime));
    }

    @Override
    public boolean move(String returnId, ReturnDeclarationStatus from, ReturnDeclarationStatus to, Instant at) {
        return mapper.move(returnId, from.name(), to.name(), ms(at)) == 1;
    }

    private ReturnDeclaration toDomain(ReturnRow r) {
        return new ReturnDeclaration(r.returnId(), r.orderNo(), ReturnDeclarationStatus.valueOf(r.status()),
                read(r.linesJson()), r.reason(), r.guid(), DocumentRecord.State.valueOf(r.state()), r.returnStatus(),
                r.returnInfo(), r.returnTime(), r.createdAt(), r.sentAt(), r.decidedAt());
    }

    private static String context(String returnId) { return "return:" + returnId; }

    private static Instant ms(Instant at) { return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS); }

    private static String cut(String s, int max) { return s == null || s.length() <= max ? s : s.substring(0, max); }

    private String write(List<ReturnRules.DeclaredReturnLine> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode return lines", e);
        }
    }

    private List<ReturnRules.DeclaredReturnLine> read(String text) {
        try {
            return json.readValue(text, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode stored return lines", e);
        }
    }
}
