package io.kaola.logistics.carrier.sandbox;

import io.kaola.logistics.api.CarrierScript;
import io.kaola.logistics.carrier.domain.KdniaoPush;
import io.kaola.logistics.carrier.domain.PushSignature;
import io.kaola.logistics.carrier.infrastructure.KdniaoCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays shipped parcels' journeys ({@link SandboxJourney}): one step per {@code delay}, each pushed with the full
 * trace list so far (as kdniao does), signed ({@link PushSignature}); the order's script decides which pushes are
 * lost, held back (out of order) or repeated. Trace times are now rounded up to the second, and at least one second after
 * the previous trace, so that every step has its own time. Journeys live in memory: a restart ends those under way.
 */
@Component
@Profile("sandbox")
public class SandboxJourneys implements DisposableBean {
    /** The sandbox carrier's merchant id in pushes (kdniao EBusinessID). */
    public static final String E_BUSINESS_ID = "1000001";
    private static final Logger log = LoggerFactory.getLogger(SandboxJourneys.class);

    private final SandboxScripts scripts;
    private final SandboxCarrierPusher pusher;
    private final SandboxCarrierSecret secret;
    private final KdniaoCodec codec;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    public SandboxJourneys(SandboxScripts scripts, SandboxCarrierPusher pusher, SandboxCarrierSecret secret,
                           com.fasterxml.jackson.databind.ObjectMapper json, Clock clock) {
        this.scripts = scripts;
        this.pusher = pusher;
        this.secret = secret;
        this.codec = new KdniaoCodec(json);
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-carrier-journeys");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the parcel's journey; the first push follows after one delay. */
    public void start(String orderNo, String logisticsNo, String city) {
        Journey journey = new Journey(orderNo, logisticsNo, city, false);
        schedule(journey, scripts.effective(orderNo).delayMillis());
        log.info("sandbox carrier: parcel {} of order {} is on its way", logisticsNo, orderNo);
    }

    /**
     * Starts a booked return's journey ({@link SandboxJourney#returnPlan}) with the order's script (delay, lose,
     * out-of-order, repeats); the first push follows after one delay.
     */
    public void startReturn(String orderNo, String logisticsNo, String city) {
        Journey journey = new Journey(orderNo, logisticsNo, city, true);
        schedule(journey, scripts.effective(orderNo).delayMillis());
        log.info("sandbox carrier: return parcel {} of order {} is booked for pickup", logisticsNo, orderNo);
    }

    /** @return the form of a push, signed: RequestData, EBusinessID, RequestType 101, DataSign */
    public Map<String, String> signedForm(String requestData) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("RequestData", requestData);
        form.put("EBusinessID", E_BUSINESS_ID);
        form.put("RequestType", KdniaoCodec.TRACK_PUSH);
        form.put("DataSign", PushSignature.sign(secret.key(), requestData));
        return form;
    }

    private void schedule(Journey journey, long delayMillis) {
        try {
            scheduler.schedule(() -> step(journey), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.info("sandbox carrier stopping: journey of {} ends", journey.logisticsNo);
        }
    }

    private void step(Journey j) {
        try {
            CarrierScript script = scripts.effective(j.orderNo);
            List<SandboxJourney.Step> plan = j.returning ? SandboxJourney.returnPlan(j.city)
                    : SandboxJourney.plan(j.city, script.exceptionAfter(), script.refuse());
            if (j.next >= plan.size()) {
                flush(j, script);
                return;
            }
            SandboxJourney.Step step = plan.get(j.next++);
            // kdniao times have whole seconds: round up, so that no trace looks older than the release it follows
            Instant exact = clock.instant();
            Instant now = exact.truncatedTo(ChronoUnit.SECONDS);
            if (now.isBefore(exact)) now = now.plusSeconds(1);
            Instant at = j.last == null || now.isAfter(j.last) ? now : j.last.plusSeconds(1);
            j.last = at;
            j.traces.add(new KdniaoPush.Trace(KdniaoPush.format(at), step.station(), step.place(), step.code()));
            KdniaoPush push = new KdniaoPush(E_BUSINESS_ID, KdniaoPush.format(clock.instant()), List.of(
                    new KdniaoPush.Parcel(SandboxCarrier.SHIPPER_CODE, j.logisticsNo, step.state(), step.code(),
                            j.traces)));
            String requestData = codec.encode(push);
            j.pushes++;
            boolean more = j.next < plan.size();
            if (script.lose().contains(step.status())) {
                log.info("sandbox carrier: push {} ({}) of {} lost by script", j.pushes, step.code(), j.logisticsNo);
            } else if (script.outOfOrder() && more && SandboxJourney.heldBack(j.pushes)) {
                j.held = requestData;
            } else {
                send(j, requestData, script.repeats());
            }
            if (j.held != null && !j.held.equals(requestData)) flush(j, script);
            if (more) schedule(j, script.delayMillis());
            else flush(j, script);
        } catch (RuntimeException e) {
            log.error("sandbox carrier: journey of {} stopped: {}", j.logisticsNo, e.toString());
        }
    }

    private void flush(Journey j, CarrierScript script) {
        if (j.held == null) return;
        String held = j.held;
        j.held = null;
        send(j, held, script.repeats());
    }

    private void send(Journey j, String requestData, int repeats) {
        Map<String, String> form = signedForm(requestData);
        for (int i = 0; i < repeats; i++) pusher.deliver(j.logisticsNo, form);
    }

    @Override
    public void destroy() { scheduler.shutdownNow(); }

    /** One parcel under way (touched by the single scheduler thread only). */
    private static final class Journey {
        final String orderNo;
        final String logisticsNo;
        final String city;
        final boolean returning;
        final List<KdniaoPush.Trace> traces = new ArrayList<>();
        int next;
        int pushes;
        Instant last;
        String held;

        Journey(String orderNo, String logisticsNo, String city, boolean returning) {
            this.orderNo = orderNo;
            this.logisticsNo = logisticsNo;
            this.city = city;
            this.returning = returning;
        }
    }
}
