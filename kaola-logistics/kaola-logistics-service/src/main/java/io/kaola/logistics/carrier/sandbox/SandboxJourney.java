package io.kaola.logistics.carrier.sandbox;

import io.kaola.logistics.api.TrackingStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The journey the sandbox carrier plays after customs release, one push per step, in kdniao codes plus the
 * bonded warehouse's own events (see KdniaoStateMapping): PACKAGE (packed), DEPARTURE (left the bonded zone),
 * 1 (collected), 2 (in transit), 201 (arrived in the city), 202 (out for delivery), 301 (signed). A script may add a
 * problem (405) after a status, or a refusal at the door: 404 (refused) then 406 (returned) instead of 301.
 * A booked return plays {@link #returnPlan}: 1 (collected from the shopper), 2 (in transit), 406 (back in the
 * bonded warehouse).
 */
public final class SandboxJourney {
    /** The statuses an exception may follow. */
    public static final Set<TrackingStatus> EXCEPTION_AFTER = Set.of(TrackingStatus.PACKED, TrackingStatus.OUTBOUND,
            TrackingStatus.COLLECTED, TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY);
    private static final String WAREHOUSE = "宁波保税仓";

    private SandboxJourney() {}

    /**
     * One push of the journey.
     *
     * @param code    the trace's Action (and the parcel's StateEx)
     * @param state   the parcel's State (kdniao's first-level code)
     * @param status  what it maps to (for scripts: lose, exceptionAfter)
     * @param station the AcceptStation text
     * @param place   the Location
     */
    public record Step(String code, String state, TrackingStatus status, String station, String place) {}

    /**
     * @param city           the consignee's city, named in the later steps
     * @param exceptionAfter add a problem (405) after the first step reaching this status; null: none
     * @param refuse         the consignee refuses: 404 then 406 instead of 301
     * @return the steps, in the order they happen
     */
    public static List<Step> plan(String city, TrackingStatus exceptionAfter, boolean refuse) {
        String c = city == null || city.isBlank() ? "目的地" : city;
        List<Step> steps = new ArrayList<>(List.of(
                new Step("PACKAGE", "10", TrackingStatus.PACKED, "【" + WAREHOUSE + "】包裹已打包完成", WAREHOUSE),
                new Step("DEPARTURE", "10", TrackingStatus.OUTBOUND, "【" + WAREHOUSE + "】海关放行，包裹已出区", WAREHOUSE),
                new Step("1", "1", TrackingStatus.COLLECTED, "【宁波转运中心】快递员已揽收", "宁波"),
                new Step("2", "2", TrackingStatus.IN_TRANSIT, "【宁波转运中心】已发出，下一站：" + c, "宁波"),
                new Step("201", "2", TrackingStatus.IN_TRANSIT, "【" + c + "】已到达" + c + "转运中心", c),
                new Step("202", "2", TrackingStatus.OUT_FOR_DELIVERY, "【" + c + "】快递员正在派送", c)));
        if (refuse) {
            steps.add(new Step("404", "4", TrackingStatus.EXCEPTION, "【" + c + "】收件人拒收", c));
            steps.add(new Step("406", "4", TrackingStatus.RETURNED, "【" + WAREHOUSE + "】退回包裹已签收", WAREHOUSE));
        } else {
            steps.add(new Step("301", "3", TrackingStatus.DELIVERED, "【" + c + "】已签收，感谢使用", c));
        }
        if (exceptionAfter != null) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).status() == exceptionAfter) {
                    steps.add(i + 1, new Step("405", "4", TrackingStatus.EXCEPTION, "派件异常：快递员将再次联系收件人",
                            steps.get(i).place()));
                    break;
                }
            }
        }
        return List.copyOf(steps);
    }

    /**
     * The return journey after a booking: collected at the shopper's address, in transit, signed back into the
     * bonded warehouse. Scripts' exceptionAfter and refuse do not apply to it (their delay, lose, out-of-order
     * and repeats do).
     *
     * @param city the pickup city (the order's consignee's), named in the first steps
     * @return the three steps, in the order they happen
     */
    public static List<Step> returnPlan(String city) {
        String c = city == null || city.isBlank() ? "寄件地" : city;
        return List.of(
                new Step("1", "1", TrackingStatus.COLLECTED, "【" + c + "】快递员已上门揽收退货", c),
                new Step("2", "2", TrackingStatus.IN_TRANSIT, "【" + c + "转运中心】退货已发出，下一站：" + WAREHOUSE, c),
                new Step("406", "4", TrackingStatus.RETURNED, "【" + WAREHOUSE + "】退货已签收入仓", WAREHOUSE));
    }

    /**
     * The sandbox's out-of-order rule, deterministic: a push numbered 2, 5, 8, … (n % 3 == 2) is held back and sent
     * right after the next one.
     *
     * @param pushNumber the push's number in its journey, from 1
     */
    public static boolean heldBack(int pushNumber) { return pushNumber % 3 == 2; }
}
