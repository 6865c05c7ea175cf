package io.kaola.customs.declaration.application;

import io.kaola.common.state.Step;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.declaration.domain.Declaration;
import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.DeclarationTransition;
import io.kaola.customs.declaration.domain.OrderFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * Ops re-send after a fix (cross-border.md §4.6: a data rejection is fixed and re-sent). Reads the paid order, its
 * SKUs and the buyer again (the fix is usually there: an HS code, a name), CHECK_FAILED or DATA_REJECTED → COLLECTING,
 * then {@link AdvanceDeclaration} re-checks and sends every document not accepted (appType 2 when sent before).
 */
@Service
public class ResendDeclaration {
    private static final Logger log = LoggerFactory.getLogger(ResendDeclaration.class);

    private final DeclarationRepository repository;
    private final CollectInputs inputs;
    private final AdvanceDeclaration advance;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ResendDeclaration(DeclarationRepository repository, CollectInputs inputs, AdvanceDeclaration advance,
                             TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.inputs = inputs;
        this.advance = advance;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @throws io.kaola.common.error.KaolaException CUSTOMS_DECLARATION_NOT_FOUND; CUSTOMS_ILLEGAL_TRANSITION unless
     *         CHECK_FAILED or DATA_REJECTED; the lookups' codes
     */
    public void resend(String orderNo) {
        Declaration d = repository.find(orderNo).orElseThrow(() -> CustomsError.DECLARATION_NOT_FOUND.exception(
                "no declaration for order " + orderNo));
        DeclarationTransition.RESEND.decide(d.status()).orThrow();
        OrderFacts fresh = d.hasOrder() ? inputs.readOrder(orderNo) : null;
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            Declaration locked = repository.lock(orderNo).orElseThrow();
            Step<DeclarationStatus> step = DeclarationTransition.RESEND.decide(locked.status());
            step.orThrow();
            if (fresh != null) repository.saveOrderFacts(fresh, now);
            if (step.moves()) repository.move(orderNo, step.from(), step.to(), null, null, now);
        });
        log.info("declaration of order {} re-sent by ops (was {})", orderNo, d.status());
        advance.advance(orderNo);
    }
}
