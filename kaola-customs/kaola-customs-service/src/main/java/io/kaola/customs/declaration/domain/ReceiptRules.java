package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.RejectionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a receipt's returnStatus means (cross-border.md §4.5, §4.6). 100 is customs' rejection, a negative code the
 * single window's (always DATA: fix and re-send); 120 and later positive statuses mean accepted; 800 released;
 * 899 closed (not a rejection); 500 inspection; 501-599 detained.
 */
public final class ReceiptRules {
    public static final int REJECTED = 100;
    public static final int ACCEPTED = 120;
    public static final int INSPECTION = 500;
    public static final int RELEASED = 800;
    public static final int CLOSED = 899;

    private ReceiptRules() {}

    /** @return true for 100 and every negative single-window code */
    public static boolean isRejection(int returnStatus) { return returnStatus == REJECTED || returnStatus < 0; }

    /** @return true when customs has the document in its database (120 and every later positive status but 100) */
    public static boolean isAccepted(Integer returnStatus) {
        return returnStatus != null && returnStatus >= ACCEPTED;
    }

    /**
     * Classifies a rejection by its returnInfo: quota ({@code Code:1313}, 年度限额, "quota"), identity (身份, 实名,
     * 支付人, "identity"), everything else (and every negative single-window code) DATA.
     */
    public static RejectionKind kindOf(int returnStatus, String returnInfo) {
        if (returnStatus < 0 || returnInfo == null) return RejectionKind.DATA;
        String info = returnInfo.toLowerCase(Locale.ROOT);
        if (info.contains("code:1313") || info.contains("年度限额") || info.contains("quota")) return RejectionKind.QUOTA;
        if (info.contains("身份") || info.contains("实名") || info.contains("支付人") || info.contains("identity")) {
            return RejectionKind.IDENTITY;
        }
        return RejectionKind.DATA;
    }

    /** @return the exception code a rejection of this kind leaves on the declaration */
    public static CustomsError errorOf(RejectionKind kind) {
        return switch (kind) {
            case DATA -> CustomsError.REJECTED_DATA;
            case QUOTA -> CustomsError.REJECTED_QUOTA;
            case IDENTITY -> CustomsError.REJECTED_IDENTITY;
        };
    }

    /**
     * @return the declaration move a receipt asks for, empty when it asks for none (2, 3, 399 … on the three
     *         documents; their acceptance lets the list be sent, which the use case decides). A CEB624 (the 623's
     *         receipt): 800/899 CANCEL_CONFIRM, 100 or negative CANCEL_REFUSE, 2/120 none (UNVERIFIED: the 624's
     *         codes are read as the 622's)
     */
    public static Optional<DeclarationTransition> transitionOf(CustomsDocument document, int returnStatus, String info) {
        if (document == CustomsDocument.CANCELLATION) {
            if (isRejection(returnStatus)) return Optional.of(DeclarationTransition.CANCEL_REFUSE);
            if (returnStatus == RELEASED || returnStatus == CLOSED) return Optional.of(DeclarationTransition.CANCEL_CONFIRM);
            return Optional.empty();
        }
        if (isRejection(returnStatus)) {
            return Optional.of(kindOf(returnStatus, info).cancelsOrder()
                    ? DeclarationTransition.REJECT_CANCEL : DeclarationTransition.REJECT_DATA);
        }
        if (document != CustomsDocument.INVENTORY) return Optional.empty();
        if (returnStatus == RELEASED || returnStatus == CLOSED) return Optional.of(DeclarationTransition.RELEASE);
        if (returnStatus == INSPECTION) return Optional.of(DeclarationTransition.INSPECT);
        if (returnStatus > INSPECTION && returnStatus < 600) return Optional.of(DeclarationTransition.DETAIN);
        if (isAccepted(returnStatus)) return Optional.of(DeclarationTransition.DECLARE);
        return Optional.empty();
    }

    /**
     * The milestones a receipt publishes (again on a redelivery: consumers dedupe by key). The list is DECLARED at
     * its first receipt of 120 or later (our choice: accepted into customs' database, not merely sent); 800/899 also
     * publish DECLARED first, in case the 120 came late and was ignored as older. A CEB624: 800/899 CANCELLED, 100
     * or negative CANCEL_REFUSED, nothing else.
     */
    public static List<CustomsMilestone> milestonesOf(CustomsDocument document, int returnStatus) {
        List<CustomsMilestone> m = new ArrayList<>();
        if (document == CustomsDocument.CANCELLATION) {
            if (isRejection(returnStatus)) m.add(CustomsMilestone.CANCEL_REFUSED);
            else if (returnStatus == RELEASED || returnStatus == CLOSED) m.add(CustomsMilestone.CANCELLED);
            return m;
        }
        if (isRejection(returnStatus)) {
            m.add(CustomsMilestone.REJECTED);
            return m;
        }
        if (document != CustomsDocument.INVENTORY || !isAccepted(returnStatus)) return m;
        m.add(CustomsMilestone.DECLARED);
        if (returnStatus == RELEASED || returnStatus == CLOSED) m.add(CustomsMilestone.RELEASED);
        return m;
    }
}
