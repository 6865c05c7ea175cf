package io.kaola.logistics.carrier.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.carrier.domain.KdniaoPush;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * kdniao's JSON, with its capitalised field names: the RequestData of a track push ({@link KdniaoPush}) and the
 * acknowledgement {@code {"EBusinessID","UpdateTime","Success","Reason"}}. Used by every kdniao-shaped adapter (the
 * sandbox carrier speaks it).
 */
public final class KdniaoCodec {
    /** RequestType of a track push. */
    public static final String TRACK_PUSH = "101";

    private final ObjectMapper json;

    public KdniaoCodec(ObjectMapper json) { this.json = json; }

    /** @return the RequestData text of {@code push} */
    public String encode(KdniaoPush push) {
        ObjectNode root = json.createObjectNode();
        root.put("EBusinessID", push.eBusinessId());
        root.put("PushTime", push.pushTime());
        root.put("Count", push.parcels().size());
        ArrayNode data = root.putArray("Data");
        for (KdniaoPush.Parcel p : push.parcels()) {
            ObjectNode d = data.addObject();
            d.put("EBusinessID", push.eBusinessId());
            d.put("ShipperCode", p.shipperCode());
            d.put("LogisticCode", p.logisticCode());
            d.put("Success", true);
            d.put("State", p.state());
            d.put("StateEx", p.stateEx());
            ArrayNode traces = d.putArray("Traces");
            for (KdniaoPush.Trace t : p.traces()) {
                ObjectNode n = traces.addObject();
                n.put("AcceptTime", t.acceptTime());
                n.put("AcceptStation", t.acceptStation());
                if (t.location() != null) n.put("Location", t.location());
                if (t.action() != null) n.put("Action", t.action());
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @throws io.kaola.common.error.KaolaException LOGISTICS_MALFORMED_PUSH when it is not a push's JSON
     */
    public KdniaoPush decode(String requestData) {
        JsonNode root;
        try {
            root = json.readTree(requestData);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw LogisticsError.MALFORMED_PUSH.exception("RequestData is not JSON");
        }
        if (root == null || !root.isObject() || !root.path("Data").isArray()) {
            throw LogisticsError.MALFORMED_PUSH.exception("RequestData has no Data array");
        }
        List<KdniaoPush.Parcel> parcels = new ArrayList<>();
        for (JsonNode d : root.path("Data")) {
            List<KdniaoPush.Trace> traces = new ArrayList<>();
            for (JsonNode t : d.path("Traces")) {
                traces.add(new KdniaoPush.Trace(text(t, "AcceptTime"), text(t, "AcceptStation"), text(t, "Location"),
                        text(t, "Action")));
            }
            parcels.add(new KdniaoPush.Parcel(text(d, "ShipperCode"), text(d, "LogisticCode"), text(d, "State"),
                    text(d, "StateEx"), traces));
        }
        return new KdniaoPush(text(root, "EBusinessID"), text(root, "PushTime"), parcels);
    }

    /** @return kdniao's acknowledgement of a push */
    public String ack(String eBusinessId, Instant at, boolean success, String reason) {
        ObjectNode ack = json.createObjectNode();
        ack.put("EBusinessID", eBusinessId);
        ack.put("UpdateTime", KdniaoPush.format(at));
        ack.put("Success", success);
        ack.put("Reason", reason == null ? "" : reason);
        try {
            return json.writeValueAsString(ack);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return true when {@code ackBody} is an acknowledgement with Success true */
    public boolean acknowledged(String ackBody) {
        try {
            JsonNode node = json.readTree(ackBody);
            return node != null && node.path("Success").asBoolean(false);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
