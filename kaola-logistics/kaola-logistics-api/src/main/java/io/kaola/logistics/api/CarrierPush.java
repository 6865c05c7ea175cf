package io.kaola.logistics.api;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * A carrier's push as it arrived at the gateway: the decoded form fields (kdniao: RequestData, EBusinessID,
 * RequestType, DataSign), unchanged.
 *
 * @param carrier the carrier the callback path names, e.g. "sandbox"
 * @param form    the form fields, decoded from application/x-www-form-urlencoded (UTF-8)
 */
public record CarrierPush(String carrier, Map<String, String> form) implements Serializable {
    public CarrierPush {
        form = form == null ? new HashMap<>() : new HashMap<>(form);   // a plain HashMap crosses Dubbo as is
    }
}
