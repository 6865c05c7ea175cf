package io.kaola.customs.declaration.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.ReturnLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReturnRulesTest {
    /** The list of Samples.order: gnum 1 cream × 1, gnum 2 vitamins × 3. */
    private final List<CebLine> list = new DeclarationBuilder(Samples.CODES)
            .inventory(Samples.order("K1"), Samples.waybill("K1"), Samples.PAID).lines();

    @Test
    void units_are_placed_on_the_list_lines_by_sku_in_gnum_order_adding_up_a_sku_named_twice() {
        var placed = ReturnRules.allocate(list, List.of(new ReturnLine("SKU-VIT", 1), new ReturnLine("SKU-CREAM", 1),
                new ReturnLine("SKU-VIT", 1)), List.of());
        assertThat(placed).containsExactly(
                new ReturnRules.DeclaredReturnLine(1, "SKU-CREAM", "面霜 50g", "3304990099", 1, list.get(0).unit()),
                new ReturnRules.DeclaredReturnLine(2, "SKU-VIT", "维生素", "2106909090", 2, list.get(1).unit()));
    }

    @Test
    void a_sku_on_two_lines_fills_the_first_line_first() {
        CebLine a = new CebLine(1, "SKU-A", "A", "3304990099", 2, "011", BigDecimal.ONE, BigDecimal.valueOf(2), "502");
        CebLine b = new CebLine(2, "SKU-A", "A", "3304990099", 3, "011", BigDecimal.ONE, BigDecimal.TEN, "502");
        var placed = ReturnRules.allocate(List.of(a, b), List.of(new ReturnLine("SKU-A", 4)),
                List.of(returned(ReturnDeclarationStatus.SENT, 1, 1)));
        assertThat(placed).extracting(ReturnRules.DeclaredReturnLine::gnum, ReturnRules.DeclaredReturnLine::qty)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 3));
    }

    @Test
    void never_more_units_than_declared_counting_returns_not_refused() {
        List<ReturnDeclaration> earlier = List.of(returned(ReturnDeclarationStatus.ACCEPTED, 2, 2),
                returned(ReturnDeclarationStatus.REFUSED, 2, 3));
        assertThat(ReturnRules.allocate(list, List.of(new ReturnLine("SKU-VIT", 1)), earlier)).hasSize(1);
        assertInvalid(() -> ReturnRules.allocate(list, List.of(new ReturnLine("SKU-VIT", 2)), earlier),
                "at most 1");
        assertInvalid(() -> ReturnRules.allocate(list, List.of(new ReturnLine("SKU-VIT", 4)), List.of()), "3 declared");
        // a refused return gives its units back
        assertThat(ReturnRules.allocate(list, List.of(new ReturnLine("SKU-VIT", 3)),
                List.of(returned(ReturnDeclarationStatus.REFUSED, 2, 3)))).hasSize(1);
    }

    @Test
    void a_sku_not_on_the_list_a_quantity_below_one_or_no_line_is_an_invalid_return() {
        assertInvalid(() -> ReturnRules.allocate(list, List.of(new ReturnLine("SKU-OTHER", 1)), List.of()),
                "not on the declared list");
        assertInvalid(() -> ReturnRules.allocate(list, List.of(new ReturnLine("SKU-VIT", 0)), List.of()), "at least 1");
        assertInvalid(() -> ReturnRules.allocate(list, List.of(new ReturnLine(" ", 1)), List.of()), "skuCode");
        assertInvalid(() -> ReturnRules.allocate(list, List.of(), List.of()), "at least one line");
    }

    @Test
    void only_a_released_list_is_returned_against() {
        ReturnRules.requireReleased("K1", DeclarationStatus.RELEASED);
        for (DeclarationStatus s : DeclarationStatus.values()) {
            if (s == DeclarationStatus.RELEASED) continue;
            assertThatThrownBy(() -> ReturnRules.requireReleased("K1", s)).isInstanceOfSatisfying(KaolaException.class,
                    e -> assertThat(e.is(CustomsError.NOT_RELEASED)).isTrue());
        }
        assertThatThrownBy(() -> ReturnRules.requireReleased("K1", null)).hasMessageContaining("no declaration");
    }

    @Test
    void a_626_of_800_or_899_accepts_100_or_negative_refuses_anything_else_moves_nothing() {
        assertThat(ReturnRules.transitionOf(800)).contains(ReturnTransition.ACCEPT);
        assertThat(ReturnRules.transitionOf(899)).contains(ReturnTransition.ACCEPT);
        assertThat(ReturnRules.transitionOf(100)).contains(ReturnTransition.REFUSE);
        assertThat(ReturnRules.transitionOf(-625049)).contains(ReturnTransition.REFUSE);
        for (int s : new int[]{2, 3, 120, 399, 500}) assertThat(ReturnRules.transitionOf(s)).isEmpty();
        assertThat(ReturnRules.milestoneOf(ReturnDeclarationStatus.ACCEPTED)).contains(CustomsMilestone.RETURN_ACCEPTED);
        assertThat(ReturnRules.milestoneOf(ReturnDeclarationStatus.REFUSED)).contains(CustomsMilestone.RETURN_REFUSED);
        assertThat(ReturnRules.milestoneOf(ReturnDeclarationStatus.SENT)).isEqualTo(Optional.empty());
    }

    private static ReturnDeclaration returned(ReturnDeclarationStatus status, int gnum, int qty) {
        return new ReturnDeclaration("R" + gnum + status, "K1", status,
                List.of(new ReturnRules.DeclaredReturnLine(gnum, "x", "x", "3304990099", qty, "011")), "r", "G",
                DocumentRecord.State.SENT, null, null, null, Instant.EPOCH, null, null);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KaolaException.class, e -> {
            assertThat(e.is(CustomsError.INVALID_RETURN)).isTrue();
            assertThat(e.getMessage()).contains(message);
        });
    }
}
