package io.kaola.gateway.admin;

import io.kaola.common.deadletter.DeadLetterFilter;
import io.kaola.common.deadletter.DeadLetterService;
import io.kaola.common.deadletter.DeadLetterStatus;
import io.kaola.common.deadletter.DeadLetterView;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.DeadLetterClients;
import io.kaola.gateway.config.OpenApiConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ops: the dead-letter queues of every consumer group of every service, merged (docs/dead-letters.md). Each
 * service's desk is its Dubbo DeadLetterService in the group named after it ({@link DeadLetterClients}); an id is
 * {@code <service>:<row id>}, e.g. {@code kaola-order:42}, so that replay and discard go back to the right desk.
 * A service that does not answer is listed under {@code unavailable}, never a 500. OPS only, like all of /api/admin/**.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class DeadLetterController {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);
    /** How deep a merged listing goes (page * size + size); filter by service to page further. */
    static final int MAX_MERGED_DEPTH = 1000;

    private final DeadLetterClients.Desks desks;

    public DeadLetterController(DeadLetterClients.Desks desks) { this.desks = desks; }

    /**
     * One dead letter as ops see it.
     *
     * @param id the handle for replay and discard: {@code <service>:<row id>}
     */
    public record DeadLetterItem(String id, String service, String msgId, String consumerGroup, String topic, String key,
                                 String body, Instant firstFailedAt, Instant deadAt, int reconsumeTimes,
                                 DeadLetterStatus status, String actedBy, Instant actedAt, String replayMsgId) {
        static DeadLetterItem of(String service, DeadLetterView v) {
            return new DeadLetterItem(service + ":" + v.id(), service, v.msgId(), v.consumerGroup(), v.topic(), v.key(),
                    v.body(), v.firstFailedAt(), v.deadAt(), v.reconsumeTimes(), v.status(), v.actedBy(), v.actedAt(),
                    v.replayMsgId());
        }
    }

    /**
     * @param service the service that did not answer
     * @param code    COMMON_SERVICE_UNAVAILABLE (no provider, timeout) or the desk's code (DEAD_LETTER_DESK_UNAVAILABLE)
     * @param detail  what happened
     */
    public record UnavailableDesk(String service, String code, String detail) {}

    /**
     * @param items       this page, newest dead letter first over all services
     * @param page        zero-based page
     * @param size        page size
     * @param total       dead letters matching, over the services that answered
     * @param unavailable the services whose desk did not answer
     */
    public record DeadLetterPage(List<DeadLetterItem> items, int page, int size, long total, List<UnavailableDesk> unavailable) {}

    @GetMapping
    @Operation(summary = "Dead letters of every service, newest first",
            description = "Messages a consumer group gave up on after its retries (kaola.mq.max-reconsume-times): "
                    + "message id, group, topic, key, body (identity numbers masked), first failure, reconsume count, "
                    + "status NEW / REPLAYED / DISCARDED and who acted when. A service that does not answer is listed "
                    + "under unavailable.")
    @ApiResponse(responseCode = "200", description = "{items, page, size, total, unavailable}")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (unknown service, a merged page beyond 1000 rows)")
    @ApiResponse(responseCode = "403", description = "COMMON_FORBIDDEN (not OPS)")
    public DeadLetterPage list(@Parameter(description = "NEW, REPLAYED or DISCARDED") @RequestParam(required = false) DeadLetterStatus status,
                               @Parameter(description = "only this service, e.g. kaola-order") @RequestParam(required = false) String service,
                               @RequestParam(required = false) String consumerGroup,
                               @RequestParam(required = false) String topic,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        DeadLetterFilter filter = new DeadLetterFilter(status, blankToNull(consumerGroup), blankToNull(topic));
        List<String> services;
        if (service != null && !service.isBlank()) {
            if (!desks.services().contains(service)) {
                throw CommonError.INVALID_REQUEST.exception("unknown service " + service + "; known: " + desks.services());
            }
            services = List.of(service);
        } else {
            services = desks.services();
        }
        List<UnavailableDesk> unavailable = new ArrayList<>();
        if (services.size() == 1) {
            String only = services.get(0);
            try {
                Page<DeadLetterView> one = desks.of(only).orElseThrow().list(filter, new PageRequest(page, size));
                return new DeadLetterPage(one.items().stream().map(v -> DeadLetterItem.of(only, v)).toList(), page, size,
                        one.total(), unavailable);
            } catch (RuntimeException e) {
                unavailable.add(unavailable(only, e));
                return new DeadLetterPage(List.of(), page, size, 0, unavailable);
            }
        }
        long depth = (long) page * size + size;
        if (depth > MAX_MERGED_DEPTH) {
            throw CommonError.INVALID_REQUEST.exception("a merged listing goes " + MAX_MERGED_DEPTH
                    + " rows deep; filter by service to page further");
        }
        List<DeadLetterItem> merged = new ArrayList<>();
        long total = 0;
        for (String s : services) {
            try {
                DeadLetterService desk = desks.of(s).orElseThrow();
                for (int p = 0; ; p++) {   // the newest `depth` of this service: enough for any merged page up to it
                    Page<DeadLetterView> chunk = desk.list(filter, new PageRequest(p, PageRequest.MAX_SIZE));
                    if (p == 0) total += chunk.total();
                    chunk.items().forEach(v -> merged.add(DeadLetterItem.of(s, v)));
                    if (chunk.items().size() < PageRequest.MAX_SIZE || (long) (p + 1) * PageRequest.MAX_SIZE >= depth) break;
                }
            } catch (RuntimeException e) {
                unavailable.add(unavailable(s, e));
            }
        }
        merged.sort(Comparator.comparing(DeadLetterItem::deadAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DeadLetterItem::id));
        int from = (int) Math.min(merged.size(), (long) page * size);
        int to = (int) Math.min(merged.size(), depth);
        return new DeadLetterPage(List.copyOf(merged.subList(from, to)), page, size, total, unavailable);
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Replay a dead letter to the consumer group that failed",
            description = "Re-publishes the message (its original body and key) to %RETRY%<group>: only that group "
                    + "gets it, and its consumer is idempotent. Audited (who, when). A second replay changes nothing.")
    @ApiResponse(responseCode = "200", description = "The dead letter, REPLAYED")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (an id not shaped <service>:<number>)")
    @ApiResponse(responseCode = "404", description = "DEAD_LETTER_NOT_FOUND, COMMON_NOT_FOUND (unknown service)")
    @ApiResponse(responseCode = "409", description = "DEAD_LETTER_ILLEGAL_TRANSITION (it was discarded)")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE, DEAD_LETTER_DESK_UNAVAILABLE")
    public DeadLetterItem replay(Caller caller, @PathVariable String id) {
        Handle handle = Handle.parse(id);
        return DeadLetterItem.of(handle.service(), desk(handle).replay(handle.rowId(), actor(caller)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Discard a dead letter", description = "Marks it DISCARDED (never processed); audited. Repeating it changes nothing.")
    @ApiResponse(responseCode = "200", description = "The dead letter, DISCARDED")
    @ApiResponse(responseCode = "404", description = "DEAD_LETTER_NOT_FOUND, COMMON_NOT_FOUND (unknown service)")
    @ApiResponse(responseCode = "409", description = "DEAD_LETTER_ILLEGAL_TRANSITION (it was replayed)")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE, DEAD_LETTER_DESK_UNAVAILABLE")
    public DeadLetterItem discard(Caller caller, @PathVariable String id) {
        Handle handle = Handle.parse(id);
        return DeadLetterItem.of(handle.service(), desk(handle).discard(handle.rowId(), actor(caller)));
    }

    private DeadLetterService desk(Handle handle) {
        return desks.of(handle.service()).orElseThrow(() -> CommonError.NOT_FOUND.exception(
                "no dead-letter desk " + handle.service() + "; known: " + desks.services()));
    }

    /** @return the audit name of an ops caller: "ops:&lt;userId&gt; &lt;email&gt;" */
    static String actor(Caller caller) { return "ops:" + caller.userId() + " " + caller.email(); }

    private static UnavailableDesk unavailable(String service, RuntimeException e) {
        if (e instanceof KaolaException k) return new UnavailableDesk(service, k.code(), k.getMessage());
        if (e instanceof RpcException) {
            log.warn("dead-letter desk of {} did not answer: {}", service, e.getMessage());
            return new UnavailableDesk(service, CommonError.SERVICE_UNAVAILABLE.code(), "no provider answered (down or timed out)");
        }
        throw e;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    /** A dead letter's id at the gateway: {@code <service>:<row id>}. */
    record Handle(String service, long rowId) {
        static Handle parse(String id) {
            int colon = id == null ? -1 : id.lastIndexOf(':');
            if (colon > 0) {
                try {
                    long row = Long.parseLong(id.substring(colon + 1));
                    if (row > 0) return new Handle(id.substring(0, colon), row);
                } catch (NumberFormatException ignored) {
                    // refused below
                }
            }
            throw CommonError.INVALID_REQUEST.exception("a dead-letter id is <service>:<number>, e.g. kaola-order:42");
        }
    }
}
