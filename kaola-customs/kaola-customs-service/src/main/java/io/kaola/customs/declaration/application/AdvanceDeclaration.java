package io.kaola.customs.declaration.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.state.Step;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.config.CustomsProperties;
import io.kaola.customs.declaration.domain.CebInventory;
import io.kaola.customs.declaration.domain.CebMessage;
import io.kaola.customs.declaration.domain.CebOrder;
import io.kaola.customs.declaration.domain.CebPayment;
import io.kaola.customs.declaration.domain.CebWaybill;
import io.kaola.customs.declaration.domain.CheckFinding;
import io.kaola.customs.declaration.domain.Declaration;
import io.kaola.customs.declaration.domain.DeclarationBuilder;
import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.DeclarationTransition;
import io.kaola.customs.declaration.domain.DocumentRecord;
import io.kaola.customs.declaration.domain.Envelope;
import io.kaola.customs.declaration.domain.IdentityMask;
import io.kaola.customs.declaration.domain.OrderFacts;
import io.kaola.customs.declaration.domain.PaymentFacts;
import io.kaola.customs.declaration.domain.ThreeDocumentCheck;
import io.kaola.customs.declaration.domain.WaybillFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moves one declaration as far as its inputs and receipts allow, then hands every BUILT message to the single window.
 * <ul>
 *   <li>COLLECTING with the three inputs: builds the four messages, runs the {@link ThreeDocumentCheck} (and the HS
 *       code rule); a finding → CHECK_FAILED with its code; else builds 311/411/511 (those not accepted yet) →
 *       DOCUMENTS_SENT.</li>
 *   <li>DOCUMENTS_SENT with the three accepted (120): checks again, builds the 621 → LIST_SENT.</li>
 *   <li>CANCELLING and CANCELLED: nothing (and {@link #sendBuilt} sends only the CEB623).</li>
 * </ul>
 * The decisions and the built messages commit in one transaction (the declaration row locked); sending happens
 * after it, by the one caller that claims the message (BUILT → SENDING), so a guid is never sent twice. A message not
 * sent (crash, single window down) stays BUILT or SENDING: the next call, or {@link RelayBuiltDocuments}, sends it. Safe to call any number of times.
 */
@Service
public class AdvanceDeclaration {
    private static final Logger log = LoggerFactory.getLogger(AdvanceDeclaration.class);
    private static final List<CustomsDocument> THREE =
            List.of(CustomsDocument.ORDER, CustomsDocument.PAYMENT, CustomsDocument.WAYBILL);

    private final DeclarationRepository repository;
    private final DeclarationBuilder builder;
    private final DeclarationMessages messages;
    private final MessageSigner signer;
    private final SingleWindow singleWindow;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final CustomsProperties properties;

    public AdvanceDeclaration(DeclarationRepository repository, DeclarationBuilder builder,
                              DeclarationMessages messages, MessageSigner signer, SingleWindow singleWindow,
                              TransactionTemplate tx, Clock clock, CustomsProperties properties) {
        this.properties = properties;
        this.repository = repository;
        this.builder = builder;
        this.messages = messages;
        this.signer = signer;
        this.singleWindow = singleWindow;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param orderNo the order
     * @throws IllegalStateException when the single window did not take a message (retry: it stays BUILT)
     */
    public void advance(String orderNo) {
        tx.executeWithoutResult(s -> decide(orderNo));
        sendBuilt(orderNo);
    }

    /**
     * Hands every BUILT message of the order to the single window (after the deciding transaction). A CANCELLING or
     * CANCELLED declaration sends nothing but its CEB623: the claim is made under the declaration's row lock, so a
     * cancellation committed first always wins; a CANCELLED one's messages never handed over are DROPPED.
     */
    public void sendBuilt(String orderNo) {
        for (DocumentRecord d : repository.documents(orderNo)) {
            if (d.state() == DocumentRecord.State.SENT || d.state() == DocumentRecord.State.DROPPED) continue;
            Instant now = clock.instant();
            Instant staleBefore = now.minus(properties.relayAfter());
            Boolean claimed = tx.execute(s -> {
                DeclarationStatus status = repository.lock(orderNo).map(Declaration::status).orElse(null);
                if (d.document() != CustomsDocument.CANCELLATION && isCancelled(status)) {
                    if (status == DeclarationStatus.CANCELLED && repository.drop(orderNo, d.document(), d.guid(), staleBefore)) {
                        log.info("{} of order {} guid={} dropped: the declaration is cancelled", d.document().messageType(),
                                orderNo, d.guid());
                    }
                    return false;
                }
                return repository.claim(orderNo, d.document(), d.guid(), now, staleBefore);
            });
            if (!Boolean.TRUE.equals(claimed)) continue;
            Optional<String> xml = repository.message(orderNo, d.document(), d.guid());
            if (xml.isEmpty()) continue;
            try {
                singleWindow.send(d.document(), orderNo, d.guid(), xml.get());
            } catch (RuntimeException e) {
                repository.unclaim(orderNo, d.document(), d.guid());
                throw e;
            }
            repository.markSent(orderNo, d.document(), d.guid(), clock.instant());
            log.info("sent {} of order {} guid={} appType={}", d.document().messageType(), orderNo, d.guid(), d.appType());
        }
    }

    /** @return true for CANCELLING and CANCELLED: only the CEB623 may still be sent */
    static boolean isCancelled(DeclarationStatus status) {
        return status == DeclarationStatus.CANCELLING || status == DeclarationStatus.CANCELLED;
    }

    private void decide(String orderNo) {
        Optional<Declaration> locked = repository.lock(orderNo);
        if (locked.isEmpty()) return;
        Declaration d = locked.get();
        DeclarationStatus status = d.status();
        if (status == DeclarationStatus.COLLECTING && d.complete()) status = sendDocuments(d);
        if (status == DeclarationStatus.DOCUMENTS_SENT && threeAccepted(orderNo)) sendList(d, status);
    }

    private DeclarationStatus sendDocuments(Declaration d) {
        Instant now = clock.instant();
        Built built;
        try {
            built = buildAll(d.orderNo(), now);
        } catch (KaolaException e) {
            return failCheck(d, e.code(), e.getMessage(), now);
        }
        List<CheckFinding> findings = ThreeDocumentCheck.check(built.order, built.payment, built.waybill, built.list);
        if (!findings.isEmpty()) return failCheck(d, findings);
        Step<DeclarationStatus> step = DeclarationTransition.SEND_DOCUMENTS.decide(d.status());
        if (!step.moves()) return d.status();
        try {
            for (CebMessage m : List.of(built.order, built.payment, built.waybill)) {
                Optional<DocumentRecord> existing = repository.document(d.orderNo(), m.document());
                if (existing.isPresent() && !existing.get().rejected()) continue;   // accepted or in flight: keep it
                store(m, existing, now);
            }
        } catch (KaolaException invalid) {
            return failCheck(d, invalid.code(), invalid.getMessage(), now);
        }
        repository.move(d.orderNo(), step.from(), step.to(), null, null, now);
        return step.to();
    }

    private void sendList(Declaration d, DeclarationStatus status) {
        Instant now = clock.instant();
        Step<DeclarationStatus> step = DeclarationTransition.SEND_LIST.decide(status);
        if (!step.moves()) return;
        Built built;
        try {
            built = buildAll(d.orderNo(), now);
        } catch (KaolaException e) {
            moveToCheckFailed(d.orderNo(), status, e.code(), e.getMessage(), now);
            return;
        }
        List<CheckFinding> findings = ThreeDocumentCheck.check(built.order, built.payment, built.waybill, built.list);
        if (!findings.isEmpty()) {
            moveToCheckFailed(d.orderNo(), status, findings.get(0).error().code(), describe(findings), now);
            return;
        }
        Optional<DocumentRecord> existing = repository.document(d.orderNo(), CustomsDocument.INVENTORY);
        try {
            if (existing.isEmpty() || existing.get().rejected()) store(built.list, existing, now);
        } catch (KaolaException invalid) {
            moveToCheckFailed(d.orderNo(), status, invalid.code(), invalid.getMessage(), now);
            return;
        }
        repository.move(d.orderNo(), step.from(), step.to(), null, null, now);
    }

    private void moveToCheckFailed(String orderNo, DeclarationStatus from, String code, String detail, Instant now) {
        Step<DeclarationStatus> step = DeclarationTransition.FAIL_CHECK.decide(from);
        if (step.moves()) repository.move(orderNo, step.from(), step.to(), code, detail, now);
        log.warn("inventory list of order {} not sent: {} {}", orderNo, code, detail);
    }

    private boolean threeAccepted(String orderNo) {
        List<DocumentRecord> docs = repository.documents(orderNo);
        return THREE.stream().allMatch(t -> docs.stream().anyMatch(r -> r.document() == t && r.accepted()));
    }

    /**
     * Signs, validates and stores a built message (BUILT), in the caller's transaction: appType 2 when the document
     * had a message before.
     *
     * @throws io.kaola.common.error.KaolaException CUSTOMS_MESSAGE_INVALID (nothing stored)
     */
    void store(CebMessage message, Optional<DocumentRecord> previous, Instant now) {
        Envelope envelope = new Envelope(UUID.randomUUID().toString().toUpperCase(Locale.ROOT),
                previous.isPresent() ? 2 : 1, now);
        String xml = signer.sign(messages.write(message, envelope));
        messages.validate(xml);
        repository.saveBuilt(message.orderNo(), message.document(), envelope.guid(), envelope.appType(), xml,
                IdentityMask.maskAll(xml), now);
    }

    private DeclarationStatus failCheck(Declaration d, List<CheckFinding> findings) {
        return failCheck(d, findings.get(0).error().code(), describe(findings), clock.instant());
    }

    private DeclarationStatus failCheck(Declaration d, String code, String detail, Instant now) {
        Step<DeclarationStatus> step = DeclarationTransition.FAIL_CHECK.decide(d.status());
        if (step.moves()) repository.move(d.orderNo(), step.from(), step.to(), code, detail, now);
        log.warn("declaration of order {} held: {} {}", d.orderNo(), code, detail);
        return step.to();
    }

    private static String describe(List<CheckFinding> findings) {
        String all = findings.stream().map(f -> f.error().code() + ": " + f.detail()).collect(Collectors.joining("; "));
        return all.length() > 990 ? all.substring(0, 990) + "…" : all;
    }

    private Built buildAll(String orderNo, Instant now) {
        OrderFacts o = repository.orderFacts(orderNo).orElseThrow();
        PaymentFacts p = repository.paymentFacts(orderNo).orElseThrow();
        WaybillFacts w = repository.waybillFacts(orderNo).orElseThrow();
        CebOrder order = builder.order(o);
        CebPayment payment = builder.payment(p, o.phone());
        CebWaybill waybill = builder.waybill(w);
        CebInventory list = builder.inventory(o, w, now);
        return new Built(order, payment, waybill, list);
    }

    private record Built(CebOrder order, CebPayment payment, CebWaybill waybill, CebInventory list) {}
}
