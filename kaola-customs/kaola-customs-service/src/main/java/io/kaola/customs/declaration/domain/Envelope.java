package io.kaola.customs.declaration.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What changes between two messages of the same document: the message guid, appType (1 add, 2 change) and appTime.
 * appStatus is always 2 (declare).
 *
 * @param guid    message id (upper-case UUID, 36 characters)
 * @param appType 1 the first message of a document, 2 a re-send
 * @param appTime when the message is made
 */
public record Envelope(String guid, int appType, Instant appTime) {
    /** Customs' clock (Asia/Shanghai). */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(CHINA);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(CHINA);

    /** appStatus 2: declare (1 would be a draft). */
    public static final String APP_STATUS_DECLARE = "2";

    /** @return {@code yyyyMMddHHmmss} in Asia/Shanghai */
    public static String time(Instant at) { return TIME.format(at); }

    /** @return {@code yyyyMMdd} in Asia/Shanghai */
    public static String day(Instant at) { return DAY.format(at); }

    /** @return the four fields every head starts with: guid, appType, appTime, appStatus */
    public CebField.Fields head() {
        return new CebField.Fields().add("guid", guid).add("appType", appType).add("appTime", time(appTime))
                .add("appStatus", APP_STATUS_DECLARE);
    }
}
