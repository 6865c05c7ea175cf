package io.kaola.logistics.carrier.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.id.IdGenerator;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.carrier.application.CarrierAdapter;
import io.kaola.logistics.carrier.domain.CarrierTrace;
import io.kaola.logistics.carrier.domain.IssuedWaybill;
import io.kaola.logistics.carrier.domain.KdniaoPush;
import io.kaola.logistics.carrier.domain.PushSignature;
import io.kaola.logistics.carrier.domain.ReturnRequest;
import io.kaola.logistics.carrier.domain.VerifiedPush;
import io.kaola.logistics.carrier.domain.WaybillRequest;
import io.kaola.logistics.carrier.infrastructure.KdniaoCodec;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The sandbox carrier ({@value #CODE}, profile {@code sandbox} only): issues waybill numbers (SBX + a snowflake id,
 * one per order), starts a simulated journey when told to ship ({@link SandboxJourneys}), and speaks kdniao's push
 * protocol except for the signature: DataSign = base64(HMAC-SHA256(secret, RequestData)) ({@link PushSignature}).
 * A booked return gets its own number ({@value #RETURN_PREFIX} + a snowflake id, one per return id) and plays the
 * return journey (collected, in transit, back in the warehouse) with the order's script.
 */
@Component
@Profile("sandbox")
public class SandboxCarrier implements CarrierAdapter {
    public static final String CODE = "sandbox";
    /** kdniao ShipperCode of the sandbox. */
    public static final String SHIPPER_CODE = "SBX";
    /** The sandbox's customs registration code (CEB511 logisticsCode); fictitious. */
    public static final String LOGISTICS_CODE = "SBX0000001";
    public static final String LOGISTICS_NAME = "Kaola Sandbox Express";
    /** Prefix of return waybill numbers. */
    public static final String RETURN_PREFIX = "SBXR";

    private final SandboxCarrierMapper ledger;
    private final SandboxJourneys journeys;
    private final SandboxCarrierSecret secret;
    private final KdniaoCodec codec;
    private final Clock clock;
    private final IdGenerator ids = new IdGenerator(0);

    public SandboxCarrier(SandboxCarrierMapper ledger, SandboxJourneys journeys, SandboxCarrierSecret secret,
                          ObjectMapper json, Clock clock) {
        this.ledger = ledger;
        this.journeys = journeys;
        this.secret = secret;
        this.codec = new KdniaoCodec(json);
        this.clock = clock;
    }

    @Override public String code() { return CODE; }

    @Override
    public IssuedWaybill requestWaybill(WaybillRequest request) {
        Instant now = clock.instant();
        ledger.insertIgnore(new SandboxCarrierWaybillRow(request.orderNo(), SHIPPER_CODE + ids.nextId(), request.city(),
                now, null));
        SandboxCarrierWaybillRow row = ledger.findByOrderNo(request.orderNo());
        return new IssuedWaybill(LOGISTICS_CODE, LOGISTICS_NAME, row.logisticsNo(), row.createdAt());
    }

    @Override
    public void ship(String orderNo, String logisticsNo) {
        SandboxCarrierWaybillRow row = ledger.findByOrderNo(orderNo);
        if (row == null || !row.logisticsNo().equals(logisticsNo)) {
            throw LogisticsError.WAYBILL_NOT_FOUND.exception("the sandbox carrier issued no waybill " + logisticsNo
                    + " for order " + orderNo);
        }
        if (ledger.markShipped(logisticsNo, clock.instant()) == 1) journeys.start(orderNo, logisticsNo, row.city());
    }

    @Override
    public IssuedWaybill bookReturn(ReturnRequest request) {
        Instant now = clock.instant();
        boolean booked = ledger.insertReturnIgnore(new SandboxCarrierReturnRow(request.returnId(), request.orderNo(),
                RETURN_PREFIX + ids.nextId(), request.city(), now)) == 1;
        SandboxCarrierReturnRow row = ledger.findReturn(request.returnId());
        if (booked) journeys.startReturn(row.orderNo(), row.logisticsNo(), row.city());
        return new IssuedWaybill(LOGISTICS_CODE, LOGISTICS_NAME, row.logisticsNo(), row.bookedAt());
    }

    @Override
    public VerifiedPush verify(Map<String, String> form) {
        String requestData = form.get("RequestData");
        String type = form.get("RequestType");
        if (requestData == null || requestData.isBlank() || form.get("DataSign") == null) {
            throw LogisticsError.MALFORMED_PUSH.exception("a push needs RequestData, RequestType and DataSign");
        }
        if (!PushSignature.verify(secret.key(), requestData, form.get("DataSign"))) {
            throw LogisticsError.BAD_SIGNATURE.exception("DataSign does not verify");
        }
        if (!KdniaoCodec.TRACK_PUSH.equals(type)) {
            throw LogisticsError.MALFORMED_PUSH.exception("RequestType must be " + KdniaoCodec.TRACK_PUSH);
        }
        String eBusinessId = form.getOrDefault("EBusinessID", SandboxJourneys.E_BUSINESS_ID);
        return new VerifiedPush(requestData, "application/json", codec.ack(eBusinessId, clock.instant(), true, ""));
    }

    @Override
    public List<CarrierTrace> parse(String payload) {
        KdniaoPush push = codec.decode(payload);
        try {
            return push.traces();
        } catch (IllegalArgumentException e) {
            throw LogisticsError.MALFORMED_PUSH.exception(e.getMessage());
        }
    }
}
