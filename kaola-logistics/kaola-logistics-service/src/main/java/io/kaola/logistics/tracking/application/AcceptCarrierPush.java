package io.kaola.logistics.tracking.application;

import io.kaola.logistics.api.CarrierPush;
import io.kaola.logistics.api.CarrierPushAck;
import io.kaola.logistics.carrier.application.CarrierAdapter;
import io.kaola.logistics.carrier.application.Carriers;
import io.kaola.logistics.carrier.domain.VerifiedPush;
import io.kaola.logistics.tracking.domain.CarrierPushReceived;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * A carrier's push: verified by its adapter (constant-time signature check), parsed once to refuse a malformed one,
 * stored raw on carrier-push-received, acknowledged at once. Nothing is recorded for a push that does not verify.
 */
@Component
public class AcceptCarrierPush {
    private final Carriers carriers;
    private final CarrierPushPublisher publisher;
    private final Clock clock;

    public AcceptCarrierPush(Carriers carriers, CarrierPushPublisher publisher, Clock clock) {
        this.carriers = carriers;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @return the carrier's expected acknowledgement
     * @throws io.kaola.common.error.KaolaException LOGISTICS_UNKNOWN_CARRIER, LOGISTICS_MALFORMED_PUSH,
     *         LOGISTICS_BAD_SIGNATURE, COMMON_SERVICE_UNAVAILABLE
     */
    public CarrierPushAck accept(CarrierPush push) {
        CarrierAdapter carrier = carriers.byCode(push.carrier());
        VerifiedPush verified = carrier.verify(push.form());
        carrier.parse(verified.payload());
        publisher.publish(new CarrierPushReceived(carrier.code(), pushId(carrier.code(), verified.payload()),
                verified.payload(), clock.instant()));
        return new CarrierPushAck(verified.ackContentType(), verified.ackBody());
    }

    /** @return carrier + ":" + hex SHA-256 of the payload */
    static String pushId(String carrier, String payload) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
            return carrier + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
