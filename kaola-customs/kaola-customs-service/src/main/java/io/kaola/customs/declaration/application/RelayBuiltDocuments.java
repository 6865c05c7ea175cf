package io.kaola.customs.declaration.application;

import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.DocumentRecord;
import io.kaola.customs.config.CustomsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * The safety net of sending: every few seconds, messages still BUILT after {@code kaola.customs.relay-after}
 * (the process stopped between commit and send, or the single window was down) are sent again: the declaration's
 * documents and the returns' CEB625s.
 */
@Service
public class RelayBuiltDocuments {
    private static final Logger log = LoggerFactory.getLogger(RelayBuiltDocuments.class);

    private final DeclarationRepository repository;
    private final AdvanceDeclaration advance;
    private final DeclareReturn returns;
    private final CustomsProperties properties;
    private final Clock clock;

    public RelayBuiltDocuments(DeclarationRepository repository, AdvanceDeclaration advance, DeclareReturn returns,
                               CustomsProperties properties, Clock clock) {
        this.returns = returns;
        this.repository = repository;
        this.advance = advance;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is overdue; a failure is logged and tried again at the next run. */
    @Scheduled(fixedDelayString = "${kaola.customs.relay-every:5s}", initialDelayString = "${kaola.customs.relay-every:5s}")
    public void relay() {
        List<DocumentRecord> overdue = repository.builtBefore(clock.instant().minus(properties.relayAfter()), 50);
        overdue.stream().map(DocumentRecord::orderNo).distinct().forEach(orderNo -> {
            try {
                advance.sendBuilt(orderNo);
            } catch (RuntimeException e) {
                log.warn("relay of order {} failed, tried again later: {}", orderNo, e.toString());
            }
        });
        returns.relay(clock.instant().minus(properties.relayAfter()));
    }
}
