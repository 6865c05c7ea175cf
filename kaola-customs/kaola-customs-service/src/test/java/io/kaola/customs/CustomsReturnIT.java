package io.kaola.customs;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsReturnService;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.ReturnDeclarationView;
import io.kaola.customs.api.ReturnLine;
import io.kaola.customs.api.SandboxAction;
import io.kaola.customs.api.SandboxScript;
import io.kaola.customs.declaration.application.ScriptSandbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Return declarations (CEB625) for kaola-order, through the Dubbo provider bean, against the sandbox single window
 * and real infrastructure (the shared context of {@link CustomsItSupport}). The paid orders have one line of 2 units.
 */
class CustomsReturnIT extends CustomsItSupport {
    private static final String REASON = "七天无理由退货 (7-day return)";

    @Autowired CustomsReturnService returns;
    @Autowired ScriptSandbox sandbox;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_return_of_part_of_a_released_order_sends_one_625_and_is_accepted_once_a_repeat_re_publishes() {
        String orderNo = released("SKU-RA", 4001);
        String returnId = "RT-" + orderNo;
        ReturnDeclarationView view = returns.declareReturn(orderNo, returnId,
                List.of(new ReturnLine("SKU-RA" + orderNo, 1)), REASON);
        assertThat(view.status()).isEqualTo("SENT");
        assertThat(view.returnId()).isEqualTo(returnId);
        assertThat(view.orderNo()).isEqualTo(orderNo);

        CustomsStatusChanged accepted = awaitHeard(orderNo, CustomsMilestone.RETURN_ACCEPTED);
        assertThat(accepted.returnId()).isEqualTo(returnId);
        assertThat(accepted.returnStatus()).isEqualTo(800);
        assertThat(accepted.returnInfo()).isEqualTo("[Code:2600;Desc:退货审核通过]");
        assertThat(accepted.buyerId()).isEqualTo(4001);
        assertThat(accepted.kind()).isNull();
        Map<String, Object> row = jdbc.queryForMap("SELECT status, state, return_status, decided_at, message_masked,"
                + " lines_json FROM return_declaration WHERE return_id = ?", returnId);
        assertThat(row.get("status")).isEqualTo("ACCEPTED");
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(row.get("decided_at")).isNotNull();
        assertThat((String) row.get("message_masked")).contains("<ceb:CEB625Message", "<ceb:reason>" + REASON,
                "<ceb:gnum>1</ceb:gnum>", "<ceb:gcode>3304990099</ceb:gcode>", "<ceb:qty>1</ceb:qty>",
                "<ceb:copNo>" + orderNo + "</ceb:copNo>", "<ceb:invtNo>29912026I", "<ceb:logisticsNo>SF" + orderNo)
                .doesNotContain(StandInIdentity.numberOf(4001));
        sleep(Duration.ofMillis(800));
        // once: chaos may deliver the 800 twice, which publishes the same event (same key) again
        assertThat(status.of(orderNo, CustomsMilestone.RETURN_ACCEPTED).stream().distinct()).hasSize(1);
        int heard = status.of(orderNo, CustomsMilestone.RETURN_ACCEPTED).size();
        assertThat(status.keysOf(orderNo)).contains(orderNo + ":RETURN_ACCEPTED:" + returnId);
        assertThat(statusOf(orderNo)).isEqualTo(DeclarationStatus.RELEASED);   // the declaration stays

        // a repeat answers the state and publishes the outcome again; no second 625
        ReturnDeclarationView again = returns.declareReturn(orderNo, returnId,
                List.of(new ReturnLine("SKU-RA" + orderNo, 1)), REASON);
        assertThat(again.status()).isEqualTo("ACCEPTED");
        await().atMost(Duration.ofSeconds(20)).until(() -> status.of(orderNo, CustomsMilestone.RETURN_ACCEPTED).size() > heard);
        assertThat(status.of(orderNo, CustomsMilestone.RETURN_ACCEPTED)).extracting(CustomsStatusChanged::at)
                .containsOnly(accepted.at());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_declaration WHERE order_no = ?", Integer.class,
                orderNo)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT guid) FROM declaration_receipt WHERE order_no = ?"
                + " AND document = 'RETURN'", Integer.class, orderNo)).isEqualTo(1);

        // the second unit may still be returned; a third may not (2 declared, 1 accepted + 1 pending)
        assertThat(returns.declareReturn(orderNo, returnId + "-2", List.of(new ReturnLine("SKU-RA" + orderNo, 1)),
                REASON).status()).isEqualTo("SENT");
        assertThatThrownBy(() -> returns.declareReturn(orderNo, returnId + "-3",
                List.of(new ReturnLine("SKU-RA" + orderNo, 1)), REASON))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo("CUSTOMS_INVALID_RETURN"));
        await().atMost(Duration.ofSeconds(20)).until(() -> status.of(orderNo, CustomsMilestone.RETURN_ACCEPTED)
                .stream().anyMatch(e -> e.returnId().equals(returnId + "-2")));
    }

    @Test
    void a_return_customs_refuses_publishes_return_refused_and_gives_its_units_back() {
        String orderNo = released("SKU-RB", 4002);
        String returnId = "RT-" + orderNo;
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.RETURN, SandboxAction.REJECT_RETURN, null));
        assertThat(returns.declareReturn(orderNo, returnId, List.of(new ReturnLine("SKU-RB" + orderNo, 2)), REASON)
                .status()).isEqualTo("SENT");
        CustomsStatusChanged refused = awaitHeard(orderNo, CustomsMilestone.RETURN_REFUSED);
        assertThat(refused.returnId()).isEqualTo(returnId);
        assertThat(refused.returnStatus()).isEqualTo(100);
        assertThat(refused.returnInfo()).contains("退货审核不通过");
        assertThat(status.keysOf(orderNo)).contains(orderNo + ":RETURN_REFUSED:" + returnId);
        assertThat(returns.declareReturn(orderNo, returnId, List.of(new ReturnLine("SKU-RB" + orderNo, 2)), REASON)
                .status()).isEqualTo("REFUSED");
        assertThat(status.of(orderNo, CustomsMilestone.RETURN_ACCEPTED)).isEmpty();
        assertThat(statusOf(orderNo)).isEqualTo(DeclarationStatus.RELEASED);
        // the refused units may be returned again (the script was used once)
        assertThat(returns.declareReturn(orderNo, returnId + "-2", List.of(new ReturnLine("SKU-RB" + orderNo, 2)),
                REASON).status()).isEqualTo("SENT");
        await().atMost(Duration.ofSeconds(20)).until(() -> !status.of(orderNo, CustomsMilestone.RETURN_ACCEPTED).isEmpty());
    }

    @Test
    void a_return_of_an_order_not_released_is_refused_and_sends_nothing() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-RC" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.HOLD_INSPECTION, null));
        inputsInReverseOrder(orderNo, 4003, "SKU-RC" + orderNo);
        awaitStatus(orderNo, DeclarationStatus.INSPECTION);
        for (String order : List.of(orderNo, orderNo())) {                  // held, and never declared
            assertThatThrownBy(() -> returns.declareReturn(order, "RT-" + order,
                    List.of(new ReturnLine("SKU-RC" + orderNo, 1)), REASON))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo("CUSTOMS_NOT_RELEASED"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_declaration WHERE order_no = ?",
                    Integer.class, order)).isZero();
        }
    }

    @Test
    void more_units_than_declared_or_a_sku_not_on_the_list_is_an_invalid_return_and_nothing_is_written() {
        String orderNo = released("SKU-RD", 4004);
        for (List<ReturnLine> bad : List.of(List.of(new ReturnLine("SKU-RD" + orderNo, 3)),
                List.of(new ReturnLine("SKU-RD" + orderNo, 2), new ReturnLine("SKU-RD" + orderNo, 1)),
                List.of(new ReturnLine("SKU-NOT-SOLD", 1)), List.of(new ReturnLine("SKU-RD" + orderNo, 0)))) {
            assertThatThrownBy(() -> returns.declareReturn(orderNo, "RT-" + orderNo, bad, REASON))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo("CUSTOMS_INVALID_RETURN"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_declaration WHERE order_no = ?", Integer.class,
                orderNo)).isZero();
        sleep(Duration.ofMillis(300));
        assertThat(status.of(orderNo, CustomsMilestone.RETURN_ACCEPTED)).isEmpty();
        for (String[] bad : new String[][]{{null, "R", REASON}, {orderNo, " ", REASON}, {orderNo, "R", null},
                {orderNo, "R", "x".repeat(256)}}) {
            assertThatThrownBy(() -> returns.declareReturn(bad[0], bad[1], List.of(new ReturnLine("S", 1)), bad[2]))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo("COMMON_INVALID_REQUEST"));
        }
    }

    /** @return a released order of one line, 2 units of {@code sku + orderNo} */
    private String released(String sku, long buyerId) {
        String orderNo = orderNo();
        StandInCatalog.sku(sku + orderNo, "3304990099");
        inputsInReverseOrder(orderNo, buyerId, sku + orderNo);
        awaitStatus(orderNo, DeclarationStatus.RELEASED);
        return orderNo;
    }

    private CustomsStatusChanged awaitHeard(String orderNo, CustomsMilestone milestone) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !status.of(orderNo, milestone).isEmpty());
        return status.of(orderNo, milestone).get(0);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
