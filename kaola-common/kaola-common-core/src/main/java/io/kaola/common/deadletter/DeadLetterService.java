package io.kaola.common.deadletter;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.common.rpc.CallableBy;

/**
 * The dead-letter desk of one service: every message its consumer groups gave up on ({@code %DLQ%<group>}),
 * recorded once by message id and group, with its body masked. Exported by every service that has RocketMQ
 * listeners (kaola-common-boot's DeadLetterAutoConfiguration), in the Dubbo {@code group} equal to the service's
 * {@code spring.application.name}; only the gateway's admin API calls it (docs/dead-letters.md).
 */
public interface DeadLetterService {

    /**
     * @param filter status / consumer group / topic, each null for any
     * @param page   the page, newest dead letter first
     * @return the page
     * @throws io.kaola.common.error.KaolaException DEAD_LETTER_DESK_UNAVAILABLE when this service's desk is off
     */
    @CallableBy("kaola-gateway")
    Page<DeadLetterView> list(DeadLetterFilter filter, PageRequest page) throws KaolaException;

    /**
     * Re-publishes the stored body with its key to {@code %RETRY%<consumerGroup>}: only the group that failed
     * gets it again (its consumer is idempotent), and records who replayed it and when. A replay of a REPLAYED
     * letter publishes nothing and answers it as it is.
     *
     * @param id    the dead letter's id ({@link DeadLetterView#id()})
     * @param actor who asks, e.g. "ops:7 ops@kaola.example" (audited)
     * @return the letter, REPLAYED
     * @throws io.kaola.common.error.KaolaException DEAD_LETTER_NOT_FOUND, DEAD_LETTER_ILLEGAL_TRANSITION (it was
     *         DISCARDED), DEAD_LETTER_DESK_UNAVAILABLE (desk off, or the broker did not take the message: still NEW)
     */
    @CallableBy("kaola-gateway")
    DeadLetterView replay(long id, String actor) throws KaolaException;

    /**
     * Marks the letter DISCARDED (never processed), with who and when. Repeating it changes nothing.
     *
     * @param id    the dead letter's id
     * @param actor who asks (audited)
     * @return the letter, DISCARDED
     * @throws io.kaola.common.error.KaolaException DEAD_LETTER_NOT_FOUND, DEAD_LETTER_ILLEGAL_TRANSITION (it was
     *         REPLAYED), DEAD_LETTER_DESK_UNAVAILABLE
     */
    @CallableBy("kaola-gateway")
    DeadLetterView discard(long id, String actor) throws KaolaException;
}
