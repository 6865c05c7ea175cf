package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.ReturnLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a return's declaration (CEB625, docs/customs.md "Returns (CEB625)"; cross-border.md §4.6): only a
 * RELEASED list is returned against; a return names lines of that list (by SKU, placed on the list's gnum) and never
 * more units than the list declared, counting every return of the order customs did not refuse. What a CEB626 means
 * (UNVERIFIED: its codes are read as the 622's): 800/899 accepted, 100 or a negative single-window code refused,
 * anything else (2, 120 …) in processing.
 */
public final class ReturnRules {
    private ReturnRules() {}

    /**
     * One line of a CEB625: units of one line of the list.
     *
     * @param gnum     the list line's gnum (from 1)
     * @param itemNo   its itemNo (our SKU code)
     * @param itemName its goods name (gname)
     * @param gcode    its HS code
     * @param qty      units returned, ≥ 1
     * @param unit     its declared unit code
     */
    public record DeclaredReturnLine(int gnum, String itemNo, String itemName, String gcode, int qty, String unit) {}

    /**
     * @param status the declaration's status; null when the order has none
     * @throws io.kaola.common.error.KaolaException CUSTOMS_NOT_RELEASED unless RELEASED
     */
    public static void requireReleased(String orderNo, DeclarationStatus status) {
        if (status != DeclarationStatus.RELEASED) {
            throw CustomsError.NOT_RELEASED.exception("order " + orderNo + " has no released inventory list to return"
                    + " against (" + (status == null ? "no declaration" : status.name()) + ")");
        }
    }

    /**
     * Places the units asked on the list's lines: per SKU (a SKU named twice is added up), on its lines in gnum order,
     * each up to what it declared minus what earlier returns not refused took.
     *
     * @param declared  the 621's lines
     * @param requested the units asked
     * @param earlier   the order's other returns (REFUSED ones are not counted)
     * @return the 625's lines, in gnum order
     * @throws io.kaola.common.error.KaolaException CUSTOMS_INVALID_RETURN: no line, a quantity below 1, a SKU not
     *         on the list, or more units than are left to return
     */
    public static List<DeclaredReturnLine> allocate(List<CebLine> declared, List<ReturnLine> requested,
                                                    List<ReturnDeclaration> earlier) {
        if (requested == null || requested.isEmpty()) {
            throw CustomsError.INVALID_RETURN.exception("a return needs at least one line");
        }
        Map<String, Integer> asked = new LinkedHashMap<>();
        for (ReturnLine l : requested) {
            if (l == null || l.skuCode() == null || l.skuCode().isBlank()) {
                throw CustomsError.INVALID_RETURN.exception("every return line needs a skuCode");
            }
            if (l.quantity() < 1) {
                throw CustomsError.INVALID_RETURN.exception("SKU " + l.skuCode() + ": quantity must be at least 1");
            }
            asked.merge(l.skuCode(), l.quantity(), Math::addExact);
        }
        Map<Integer, Integer> taken = new HashMap<>();
        for (ReturnDeclaration r : earlier) {
            if (r.status() == ReturnDeclarationStatus.REFUSED) continue;
            for (DeclaredReturnLine l : r.lines()) taken.merge(l.gnum(), l.qty(), Integer::sum);
        }
        List<DeclaredReturnLine> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : asked.entrySet()) {
            List<CebLine> lines = declared.stream().filter(l -> l.itemNo().equals(e.getKey())).toList();
            if (lines.isEmpty()) {
                throw CustomsError.INVALID_RETURN.exception("SKU " + e.getKey() + " is not on the declared list");
            }
            int declaredQty = lines.stream().mapToInt(CebLine::qty).sum();
            int left = lines.stream().mapToInt(l -> l.qty() - taken.getOrDefault(l.gnum(), 0)).sum();
            if (e.getValue() > left) {
                throw CustomsError.INVALID_RETURN.exception("SKU " + e.getKey() + ": " + e.getValue()
                        + " units asked, " + declaredQty + " declared, " + (declaredQty - left)
                        + " in returns not refused: at most " + left + " may be returned");
            }
            int rest = e.getValue();
            for (CebLine l : lines) {
                int here = Math.min(rest, l.qty() - taken.getOrDefault(l.gnum(), 0));
                if (here <= 0) continue;
                out.add(new DeclaredReturnLine(l.gnum(), l.itemNo(), l.itemName(), l.gcode(), here, l.unit()));
                rest -= here;
                if (rest == 0) break;
            }
        }
        out.sort(java.util.Comparator.comparingInt(DeclaredReturnLine::gnum));
        return out;
    }

    /**
     * @return the return's move a CEB626 asks for: 800/899 ACCEPT, 100 or negative REFUSE, empty otherwise
     *         (2, 120 …: accepted into processing, nothing moves). UNVERIFIED: the 626's codes.
     */
    public static Optional<ReturnTransition> transitionOf(int returnStatus) {
        if (ReceiptRules.isRejection(returnStatus)) return Optional.of(ReturnTransition.REFUSE);
        if (returnStatus == ReceiptRules.RELEASED || returnStatus == ReceiptRules.CLOSED) {
            return Optional.of(ReturnTransition.ACCEPT);
        }
        return Optional.empty();
    }

    /** @return the milestone a decided return publishes (RETURN_ACCEPTED, RETURN_REFUSED); empty while SENT */
    public static Optional<CustomsMilestone> milestoneOf(ReturnDeclarationStatus status) {
        return switch (status) {
            case SENT -> Optional.empty();
            case ACCEPTED -> Optional.of(CustomsMilestone.RETURN_ACCEPTED);
            case REFUSED -> Optional.of(CustomsMilestone.RETURN_REFUSED);
        };
    }
}
