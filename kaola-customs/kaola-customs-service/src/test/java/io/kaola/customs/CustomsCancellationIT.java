package io.kaola.customs;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CancellationResult;
import io.kaola.customs.api.CancellationStatus;
import io.kaola.customs.api.CustomsCancellationService;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.DeclarationView;
import io.kaola.customs.api.DocumentView;
import io.kaola.customs.api.SandboxAction;
import io.kaola.customs.api.SandboxScript;
import io.kaola.customs.declaration.application.ScriptSandbox;
import io.kaola.customs.sandbox.SandboxSingleWindow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Cancelling declarations (CEB623) for kaola-order, through the Dubbo provider bean, against the sandbox single
 * window and real infrastructure (the shared context of {@link CustomsItSupport}).
 */
class CustomsCancellationIT extends CustomsItSupport {
    private static final String REASON = "买家取消订单 (buyer cancelled)";

    @Autowired CustomsCancellationService cancellation;
    @Autowired ScriptSandbox sandbox;
    @Autowired SandboxSingleWindow window;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_cancel_before_any_input_leaves_a_tombstone_and_later_inputs_start_nothing() {
        String orderNo = orderNo();
        CancellationResult result = cancellation.cancel(orderNo, REASON);
        assertThat(result.status()).isEqualTo(CancellationStatus.CANCELLED);
        assertThat(statusOf(orderNo)).isEqualTo(DeclarationStatus.CANCELLED);
        CustomsStatusChanged cancelled = awaitHeard(orderNo, CustomsMilestone.CANCELLED);
        assertThat(cancelled.returnStatus()).isZero();
        assertThat(cancelled.buyerId()).isZero();
        assertThat(cancelled.kind()).isNull();
        assertThat(cancelled.returnInfo()).contains(REASON);

        // the paid order, its payment and waybill arrive afterwards (with a control order that is declared)
        String control = orderNo();
        StandInCatalog.sku("SKU-T" + orderNo, "3304990099");
        StandInCatalog.sku("SKU-T" + control, "3304990099");
        inputsInReverseOrder(orderNo, 3001, "SKU-T" + orderNo);
        inputsInReverseOrder(control, 3002, "SKU-T" + control);
        awaitStatus(control, DeclarationStatus.RELEASED);
        sleep(Duration.ofSeconds(1));

        DeclarationView view = queries.get(orderNo);
        assertThat(view.status()).isEqualTo(DeclarationStatus.CANCELLED);
        assertThat(view.documents()).isEmpty();
        assertThat(view.hasOrder() || view.hasPayment() || view.hasWaybill()).as("no facts kept").isFalse();
        assertThat(status.milestones(orderNo)).containsOnly(CustomsMilestone.CANCELLED);

        // a repeat answers the same and publishes CANCELLED again, with the same key and time
        assertThat(cancellation.cancel(orderNo, REASON).status()).isEqualTo(CancellationStatus.CANCELLED);
        await().atMost(Duration.ofSeconds(20)).until(() -> status.of(orderNo, CustomsMilestone.CANCELLED).size() >= 2);
        assertThat(status.keysOf(orderNo)).containsOnly(orderNo + ":CANCELLED");
        assertThat(status.of(orderNo, CustomsMilestone.CANCELLED)).extracting(CustomsStatusChanged::at).containsOnly(cancelled.at());
    }

    @Test
    void a_cancel_while_collecting_is_cancelled_at_once_and_the_rest_of_the_inputs_send_nothing() {
        String orderNo = orderNo();
        long buyerId = 3003;
        StandInCatalog.sku("SKU-U" + orderNo, "3304990099");
        long paid = StandInOrderService.paid(orderNo, buyerId, "SKU-U" + orderNo, 1, 9900);
        waybill(orderNo, buyerId);
        awaitStatus(orderNo, DeclarationStatus.COLLECTING);

        assertThat(cancellation.cancel(orderNo, REASON).status()).isEqualTo(CancellationStatus.CANCELLED);
        CustomsStatusChanged cancelled = awaitHeard(orderNo, CustomsMilestone.CANCELLED);
        assertThat(cancelled.buyerId()).isEqualTo(buyerId);
        assertThat(cancelled.returnStatus()).isZero();

        payment(orderNo, buyerId, paid);
        orderPaid(orderNo, buyerId);
        sleep(Duration.ofSeconds(3));
        DeclarationView view = queries.get(orderNo);
        assertThat(view.status()).isEqualTo(DeclarationStatus.CANCELLED);
        assertThat(view.documents()).isEmpty();                // no 311/411/511, no 621
        assertThat(view.hasOrder() || view.hasPayment()).isFalse();
        assertThat(status.milestones(orderNo)).containsOnly(CustomsMilestone.CANCELLED);
    }

    @Test
    void a_cancel_while_documents_are_sent_is_cancelled_at_once_and_no_list_is_ever_sent() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-V" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.ORDER, SandboxAction.MUTE, null));  // no 120 for the 311
        inputsInReverseOrder(orderNo, 3004, "SKU-V" + orderNo);
        awaitStatus(orderNo, DeclarationStatus.DOCUMENTS_SENT);
        await().atMost(Duration.ofSeconds(20)).until(() -> document(orderNo, CustomsDocument.PAYMENT) != null
                && document(orderNo, CustomsDocument.PAYMENT).lastReturnStatus() != null
                && document(orderNo, CustomsDocument.PAYMENT).lastReturnStatus() == 120);

        CancellationResult result = cancellation.cancel(orderNo, REASON);
        assertThat(result.status()).isEqualTo(CancellationStatus.CANCELLED);
        awaitHeard(orderNo, CustomsMilestone.CANCELLED);
        // a late 120 of the 311 is recorded and changes nothing; nothing more is sent
        DocumentView order = document(orderNo, CustomsDocument.ORDER);
        publish(receipt(orderNo, CustomsDocument.ORDER, order.guid(), 120, "[Code:2600;Desc:入库成功]",
                Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !document(orderNo, CustomsDocument.ORDER).receipts().isEmpty());
        sleep(Duration.ofSeconds(3));                             // the relay runs every second
        DeclarationView view = queries.get(orderNo);
        assertThat(view.status()).isEqualTo(DeclarationStatus.CANCELLED);
        assertThat(view.documents()).extracting(DocumentView::document)
                .containsExactly(CustomsDocument.ORDER, CustomsDocument.PAYMENT, CustomsDocument.WAYBILL);
        assertThat(status.milestones(orderNo)).containsOnly(CustomsMilestone.CANCELLED);
    }

    @Test
    void a_cancel_of_a_list_held_by_a_delay_sends_a_623_whose_approval_cancels_and_the_list_never_comes_back() {
        String orderNo = orderNo();
        long buyerId = 3005;
        StandInCatalog.sku("SKU-W" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.DELAY, "PT2S"));
        inputsInReverseOrder(orderNo, buyerId, "SKU-W" + orderNo);
        awaitStatus(orderNo, DeclarationStatus.LIST_SENT);
        DocumentView list = await().atMost(Duration.ofSeconds(20)).until(() -> inventory(orderNo),
                d -> d != null && d.state().equals("SENT"));

        CancellationResult result = cancellation.cancel(orderNo, REASON);
        assertThat(result.status()).isEqualTo(CancellationStatus.CANCELLING);
        awaitStatus(orderNo, DeclarationStatus.CANCELLED);
        CustomsStatusChanged cancelled = awaitHeard(orderNo, CustomsMilestone.CANCELLED);
        assertThat(cancelled.returnStatus()).isEqualTo(800);
        assertThat(cancelled.returnInfo()).contains("撤销成功");
        assertThat(cancelled.buyerId()).isEqualTo(buyerId);

        DocumentView c = document(orderNo, CustomsDocument.CANCELLATION);
        assertThat(c.messageType()).isEqualTo("CEB623");
        assertThat(c.state()).isEqualTo("SENT");
        assertThat(c.attempts()).isEqualTo(1);
        assertThat(c.rawMessage()).contains("<ceb:CEB623Message", "<ceb:reason>" + REASON + "</ceb:reason>",
                "<ceb:copNo>" + orderNo + "</ceb:copNo>", "<ceb:orderNo>" + orderNo + "</ceb:orderNo>",
                "<ceb:agentCode>", "SANDBOX-NOT-SIGNED", StandInIdentity.maskedNumberOf(buyerId))
                .doesNotContain(StandInIdentity.numberOf(buyerId));
        await().atMost(Duration.ofSeconds(20)).until(() -> document(orderNo, CustomsDocument.CANCELLATION).receipts()
                .stream().map(r -> r.returnStatus()).distinct().count() == 3);
        assertThat(document(orderNo, CustomsDocument.CANCELLATION).receipts()).extracting(r -> r.returnStatus())
                .contains(2, 120, 800);

        // the list's receipts (due from 2 s on) were withdrawn by the sandbox; one arriving anyway changes nothing
        sleep(Duration.ofSeconds(4));
        assertThat(inventory(orderNo).receipts()).isEmpty();
        publish(receipt(orderNo, list.guid(), 800, "[Code:2600;Desc:放行]", Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        await().atMost(Duration.ofSeconds(20)).until(() -> inventory(orderNo).receipts().size() == 1);
        sleep(Duration.ofMillis(500));
        assertThat(statusOf(orderNo)).isEqualTo(DeclarationStatus.CANCELLED);
        assertThat(status.milestones(orderNo)).containsOnly(CustomsMilestone.CANCELLED);

        // a repeat: CANCELLED again, with the 624's status, same key; no second 623
        assertThat(cancellation.cancel(orderNo, REASON).status()).isEqualTo(CancellationStatus.CANCELLED);
        await().atMost(Duration.ofSeconds(20)).until(() -> status.of(orderNo, CustomsMilestone.CANCELLED).size() >= 2);
        assertThat(status.of(orderNo, CustomsMilestone.CANCELLED)).extracting(CustomsStatusChanged::returnStatus).containsOnly(800);
        assertThat(status.keysOf(orderNo)).containsOnly(orderNo + ":CANCELLED");
        assertThat(document(orderNo, CustomsDocument.CANCELLATION).attempts()).isEqualTo(1);
    }

    @Test
    void a_refused_623_goes_back_to_where_the_list_is_and_publishes_cancel_refused() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-X" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.MUTE, null));
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.CANCELLATION, SandboxAction.MUTE, null));
        inputsInReverseOrder(orderNo, 3006, "SKU-X" + orderNo);
        DocumentView list = await().atMost(Duration.ofSeconds(30)).until(() -> inventory(orderNo),
                d -> d != null && d.state().equals("SENT"));
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(receipt(orderNo, list.guid(), 120, "[Code:2600;Desc:入库成功]", t.plusMillis(100)));
        awaitStatus(orderNo, DeclarationStatus.DECLARED);
        awaitHeard(orderNo, CustomsMilestone.DECLARED);

        assertThat(cancellation.cancel(orderNo, REASON).status()).isEqualTo(CancellationStatus.CANCELLING);
        assertThat(cancellation.cancel(orderNo, REASON).status()).isEqualTo(CancellationStatus.CANCELLING);   // repeat
        assertThat(statusOf(orderNo)).isEqualTo(DeclarationStatus.CANCELLING);
        DocumentView c = await().atMost(Duration.ofSeconds(20)).until(() -> document(orderNo, CustomsDocument.CANCELLATION),
                d -> d != null && d.state().equals("SENT"));
        assertThat(c.attempts()).isEqualTo(1);

        // the list moves on while CANCELLING (recorded, moves nothing), then customs refuses the 623
        publish(receipt(orderNo, list.guid(), 500, "[Code:2500;Desc:查验]", t.plusMillis(200)));
        await().atMost(Duration.ofSeconds(20)).until(() -> inventory(orderNo).lastReturnStatus() == 500);
        assertThat(statusOf(orderNo)).isEqualTo(DeclarationStatus.CANCELLING);
        publish(receipt(orderNo, CustomsDocument.CANCELLATION, c.guid(), 100, "[Code:2602;Desc:不予撤销]", t.plusMillis(300)));
        awaitStatus(orderNo, DeclarationStatus.INSPECTION);     // where the list is now
        CustomsStatusChanged refused = awaitHeard(orderNo, CustomsMilestone.CANCEL_REFUSED);
        assertThat(refused.returnStatus()).isEqualTo(100);
        assertThat(refused.returnInfo()).contains("不予撤销");
        assertThat(status.keysOf(orderNo)).contains(orderNo + ":CANCEL_REFUSED");
        assertThat(status.of(orderNo, CustomsMilestone.CANCELLED)).isEmpty();
    }

    @Test
    void a_release_customs_issued_before_the_623_wins_released_then_cancel_refused_and_a_later_cancel_is_refused() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-Y" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.MUTE, null));
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.CANCELLATION, SandboxAction.MUTE, null));
        inputsInReverseOrder(orderNo, 3007, "SKU-Y" + orderNo);
        DocumentView list = await().atMost(Duration.ofSeconds(30)).until(() -> inventory(orderNo),
                d -> d != null && d.state().equals("SENT"));
        assertThat(cancellation.cancel(orderNo, REASON).status()).isEqualTo(CancellationStatus.CANCELLING);
        DocumentView c = await().atMost(Duration.ofSeconds(20)).until(() -> document(orderNo, CustomsDocument.CANCELLATION),
                d -> d != null && d.state().equals("SENT"));

        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(receipt(orderNo, list.guid(), 800, "[Code:2600;Desc:放行]", t.plusMillis(100)));
        awaitStatus(orderNo, DeclarationStatus.RELEASED);
        awaitHeard(orderNo, CustomsMilestone.RELEASED);
        publish(receipt(orderNo, CustomsDocument.CANCELLATION, c.guid(), 100,
                "[Code:2601;Desc:清单已放行，不能撤销]", t.plusMillis(200)));
        awaitHeard(orderNo, CustomsMilestone.CANCEL_REFUSED);
        assertThat(statusOf(orderNo)).isEqualTo(DeclarationStatus.RELEASED);
        List<CustomsMilestone> heard = status.milestones(orderNo);
        assertThat(heard.indexOf(CustomsMilestone.RELEASED)).isLessThan(heard.lastIndexOf(CustomsMilestone.CANCEL_REFUSED));
        assertThat(status.of(orderNo, CustomsMilestone.CANCELLED)).isEmpty();

        assertThatThrownBy(() -> cancellation.cancel(orderNo, REASON))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo("CUSTOMS_ALREADY_RELEASED"));
    }

    @Test
    void a_list_held_for_inspection_is_cancelled_by_a_623_naming_customs_list_number() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-I" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.HOLD_INSPECTION, null));
        inputsInReverseOrder(orderNo, 3010, "SKU-I" + orderNo);
        awaitStatus(orderNo, DeclarationStatus.INSPECTION);
        await().atMost(Duration.ofSeconds(20)).until(() -> inventory(orderNo).receipts().stream()
                .anyMatch(r -> r.returnStatus() == 120));

        assertThat(cancellation.cancel(orderNo, REASON).status()).isEqualTo(CancellationStatus.CANCELLING);
        awaitStatus(orderNo, DeclarationStatus.CANCELLED);
        assertThat(awaitHeard(orderNo, CustomsMilestone.CANCELLED).returnStatus()).isEqualTo(800);
        String invtNo = inventory(orderNo).receipts().stream().filter(r -> r.returnStatus() == 120).findFirst()
                .orElseThrow().rawMessage().replaceAll("(?s).*<ceb:invtNo>([^<]+)</ceb:invtNo>.*", "$1");
        assertThat(invtNo).startsWith("29912026I");
        assertThat(document(orderNo, CustomsDocument.CANCELLATION).rawMessage())
                .contains("<ceb:invtNo>" + invtNo + "</ceb:invtNo>");
        assertThat(queries.get(orderNo).exceptionCode()).isNull();
    }

    @Test
    void a_cancel_after_release_is_refused_and_sends_nothing() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-Z" + orderNo, "3304990099");
        inputsInReverseOrder(orderNo, 3008, "SKU-Z" + orderNo);
        awaitStatus(orderNo, DeclarationStatus.RELEASED);
        assertThatThrownBy(() -> cancellation.cancel(orderNo, REASON))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.code()).isEqualTo("CUSTOMS_ALREADY_RELEASED");
                    assertThat(e.getMessage()).contains("return");
                });
        assertThat(document(orderNo, CustomsDocument.CANCELLATION)).isNull();
        assertThat(statusOf(orderNo)).isEqualTo(DeclarationStatus.RELEASED);
    }

    @Test
    void a_declaration_rejected_for_quota_answers_cancelled_with_nothing_to_cancel() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-Q" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.REJECT_QUOTA, null));
        inputsInReverseOrder(orderNo, 3009, "SKU-Q" + orderNo);
        awaitStatus(orderNo, DeclarationStatus.REJECTED_ORDER_CANCELLED);

        CancellationResult result = cancellation.cancel(orderNo, REASON);
        assertThat(result.status()).isEqualTo(CancellationStatus.CANCELLED);
        assertThat(result.detail()).contains("CUSTOMS_REJECTED_QUOTA");
        assertThat(awaitHeard(orderNo, CustomsMilestone.CANCELLED).returnStatus()).isZero();
        assertThat(statusOf(orderNo)).isEqualTo(DeclarationStatus.REJECTED_ORDER_CANCELLED);   // the ops record stays
        assertThat(document(orderNo, CustomsDocument.CANCELLATION)).isNull();
    }

    @Test
    void the_sandbox_refuses_a_623_once_the_list_is_released_and_withdraws_the_receipts_not_issued_otherwise() {
        String released = orderNo();
        window.accept(CustomsDocument.INVENTORY, released, guid());
        sleep(Duration.ofMillis(400));                            // 2, 120, 399, 800, 899 at 40 ms steps: issued
        assertThat(window.accept(CustomsDocument.CANCELLATION, released, guid()))
                .extracting(SandboxSingleWindow.Planned::returnStatus).containsExactly(2, 100);
        assertThat(window.accept(CustomsDocument.CANCELLATION, released, guid()).get(1).returnInfo())
                .contains("清单已放行");

        String held = orderNo();
        sandbox.script(held, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.DELAY, "PT60S"));
        assertThat(window.accept(CustomsDocument.INVENTORY, held, guid())).hasSize(5);
        assertThat(window.accept(CustomsDocument.CANCELLATION, held, guid()))
                .extracting(SandboxSingleWindow.Planned::returnStatus).containsExactly(2, 120, 800);
        assertThat(window.accept(CustomsDocument.INVENTORY, held, guid())).isEmpty();   // a later list: none
    }

    @Test
    void a_cancel_without_reason_or_order_is_an_invalid_request() {
        for (String[] bad : new String[][]{{null, REASON}, {" ", REASON}, {orderNo(), null}, {orderNo(), " "},
                {orderNo(), "x".repeat(256)}}) {
            assertThatThrownBy(() -> cancellation.cancel(bad[0], bad[1]))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo("COMMON_INVALID_REQUEST"));
        }
    }

    private CustomsStatusChanged awaitHeard(String orderNo, CustomsMilestone milestone) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !status.of(orderNo, milestone).isEmpty());
        return status.of(orderNo, milestone).get(0);
    }

    private static String guid() { return UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT); }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
