package io.kaola.customs;

import io.kaola.common.page.PageRequest;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsReceiptReceived;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.DeclarationSummary;
import io.kaola.customs.api.DeclarationView;
import io.kaola.customs.api.DocumentView;
import io.kaola.customs.api.RejectionKind;
import io.kaola.customs.api.SandboxAction;
import io.kaola.customs.api.SandboxScript;
import io.kaola.customs.declaration.application.ResendDeclaration;
import io.kaola.customs.declaration.application.ScriptSandbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kaola-customs declaring paid orders (the shared context of {@link CustomsItSupport}); the inputs are published in
 * reverse order.
 */
class CustomsDeclarationIT extends CustomsItSupport {
    @Autowired ResendDeclaration resend;
    @Autowired ScriptSandbox sandbox;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_paid_order_is_declared_and_released_with_its_identity_encrypted_at_rest_and_masked_for_ops() {
        String orderNo = orderNo();
        long buyerId = 2001;
        StandInCatalog.sku("SKU-A" + orderNo, "3304990099");
        inputsInReverseOrder(orderNo, buyerId, "SKU-A" + orderNo);

        awaitStatus(orderNo, DeclarationStatus.RELEASED);
        await().atMost(Duration.ofSeconds(20)).until(() -> !status.of(orderNo, CustomsMilestone.RELEASED).isEmpty());
        assertThat(status.of(orderNo, CustomsMilestone.DECLARED)).isNotEmpty();
        assertThat(status.of(orderNo, CustomsMilestone.RELEASED).get(0).buyerId()).isEqualTo(buyerId);

        DeclarationView view = queries.get(orderNo);
        assertThat(view.documents()).extracting(DocumentView::document).containsExactly(CustomsDocument.ORDER,
                CustomsDocument.PAYMENT, CustomsDocument.WAYBILL, CustomsDocument.INVENTORY);
        assertThat(view.documents()).allSatisfy(d -> {
            assertThat(d.appType()).isEqualTo(1);
            assertThat(d.lastReturnStatus()).isNotNull();
            assertThat(d.rawMessage()).contains("<ceb:" + d.messageType() + "Message");
            assertThat(d.receipts()).isNotEmpty();
        });
        String number = StandInIdentity.numberOf(buyerId);
        assertThat(view.buyerIdMasked()).isEqualTo(StandInIdentity.maskedNumberOf(buyerId));
        assertThat(view.toString()).doesNotContain(number);
        // at rest: only ciphertext, never the number
        String row = jdbc.queryForObject("SELECT CONCAT_WS('|', order_facts, buyer_id_number_enc, payment_facts,"
                + " payer_id_number_enc) FROM declaration WHERE order_no = ?", String.class, orderNo);
        assertThat(row).doesNotContain(number);
        List<String> stored = jdbc.queryForList("SELECT CONCAT(message_enc, message_masked) FROM declaration_document"
                + " WHERE order_no = ?", String.class, orderNo);
        assertThat(stored).hasSize(4).allSatisfy(s -> assertThat(s).doesNotContain(number));
    }

    @Test
    void receipts_out_of_order_and_twice_are_applied_once_and_never_backwards() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-B" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.MUTE, null));
        inputsInReverseOrder(orderNo, 2002, "SKU-B" + orderNo);
        awaitStatus(orderNo, DeclarationStatus.LIST_SENT);
        DocumentView list = await().atMost(Duration.ofSeconds(20)).until(() -> inventory(orderNo),
                d -> d != null && d.state().equals("SENT"));

        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CustomsReceiptReceived r120 = receipt(orderNo, list.guid(), 120, "[Code:2600;Desc:入库成功]", t.plusMillis(100));
        CustomsReceiptReceived r399 = receipt(orderNo, list.guid(), 399, "[Code:2399;Desc:审结]", t.plusMillis(200));
        CustomsReceiptReceived r800 = receipt(orderNo, list.guid(), 800, "[Code:2600;Desc:放行]", t.plusMillis(300));
        publish(r800);
        awaitStatus(orderNo, DeclarationStatus.RELEASED);
        publish(r120);
        publish(r800);
        publish(r399);
        publish(r120);

        await().atMost(Duration.ofSeconds(20)).until(() -> inventory(orderNo).receipts().size() == 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> status.of(orderNo, CustomsMilestone.RELEASED).size() >= 2);
        DocumentView after = inventory(orderNo);
        assertThat(after.lastReturnStatus()).isEqualTo(800);
        assertThat(after.receipts()).extracting(r -> r.returnStatus() + ":" + r.outcome())
                .containsExactly("120:OLDER", "399:OLDER", "800:APPLIED");
        assertThat(queries.get(orderNo).status()).isEqualTo(DeclarationStatus.RELEASED);
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM declaration_receipt WHERE order_no = ? AND"
                + " document = 'INVENTORY' AND return_status = 800", Integer.class, orderNo);
        assertThat(rows).isEqualTo(1);
        // the redelivered 800 published again (consumers dedupe by key); the older ones published nothing
        assertThat(status.of(orderNo, CustomsMilestone.RELEASED)).allSatisfy(e -> assertThat(e.returnStatus()).isEqualTo(800));
        assertThat(status.of(orderNo, CustomsMilestone.DECLARED)).allSatisfy(e -> assertThat(e.returnStatus()).isEqualTo(800));
    }

    @Test
    void a_list_rejected_for_quota_publishes_rejected_quota_and_is_an_exception_ops_see_first() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-C" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.REJECT_QUOTA, null));
        inputsInReverseOrder(orderNo, 2003, "SKU-C" + orderNo);

        awaitStatus(orderNo, DeclarationStatus.REJECTED_ORDER_CANCELLED);
        await().atMost(Duration.ofSeconds(20)).until(() -> !status.of(orderNo, CustomsMilestone.REJECTED).isEmpty());
        CustomsStatusChanged rejected = status.of(orderNo, CustomsMilestone.REJECTED).get(0);
        assertThat(rejected.kind()).isEqualTo(RejectionKind.QUOTA);
        assertThat(rejected.returnStatus()).isEqualTo(100);
        assertThat(rejected.returnInfo()).contains("1313");
        assertThat(status.of(orderNo, CustomsMilestone.RELEASED)).isEmpty();

        DeclarationView view = queries.get(orderNo);
        assertThat(view.exceptionCode()).isEqualTo("CUSTOMS_REJECTED_QUOTA");
        assertThat(view.exceptionDetail()).contains("年度限额");
        List<DeclarationSummary> all = queries.list(null, new PageRequest(0, 100)).items();
        assertThat(all).anySatisfy(s -> {
            assertThat(s.orderNo()).isEqualTo(orderNo);
            assertThat(s.exception()).isTrue();
        });
        int firstNormal = indexOfFirst(all, false);
        int lastException = lastIndexOf(all, true);
        assertThat(firstNormal == -1 || lastException < firstNormal).as("exceptions first: " + all).isTrue();
        assertThat(queries.list(DeclarationStatus.REJECTED_ORDER_CANCELLED, new PageRequest(0, 100)).items())
                .extracting(DeclarationSummary::orderNo).contains(orderNo);
    }

    @Test
    void a_data_rejection_is_re_sent_as_a_change_and_then_released() {
        String orderNo = orderNo();
        StandInCatalog.sku("SKU-D" + orderNo, "3304990099");
        sandbox.script(orderNo, new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.REJECT_LINES, null));
        inputsInReverseOrder(orderNo, 2004, "SKU-D" + orderNo);

        awaitStatus(orderNo, DeclarationStatus.DATA_REJECTED);
        await().atMost(Duration.ofSeconds(20)).until(() -> !status.of(orderNo, CustomsMilestone.REJECTED).isEmpty());
        assertThat(status.of(orderNo, CustomsMilestone.REJECTED).get(0).kind()).isEqualTo(RejectionKind.DATA);
        assertThat(queries.get(orderNo).exceptionCode()).isEqualTo("CUSTOMS_REJECTED_DATA");

        resend.resend(orderNo);
        awaitStatus(orderNo, DeclarationStatus.RELEASED);
        DocumentView list = inventory(orderNo);
        assertThat(list.appType()).isEqualTo(2);
        assertThat(list.attempts()).isEqualTo(2);
        assertThat(list.rawMessage()).contains("<ceb:appType>2</ceb:appType>");
        assertThat(list.receipts()).extracting(r -> r.returnStatus()).contains(100, 800);
        assertThat(queries.get(orderNo).documents()).filteredOn(d -> d.document() != CustomsDocument.INVENTORY)
                .allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1));   // the accepted three were not sent again
        await().atMost(Duration.ofSeconds(20)).until(() -> !status.of(orderNo, CustomsMilestone.RELEASED).isEmpty());
    }

    @Test
    void a_missing_hs_code_holds_the_declaration_until_ops_fix_it_and_re_send() {
        String orderNo = orderNo();
        String sku = "SKU-E" + orderNo;
        StandInCatalog.sku(sku, null);
        inputsInReverseOrder(orderNo, 2005, sku);

        awaitStatus(orderNo, DeclarationStatus.CHECK_FAILED);
        DeclarationView held = queries.get(orderNo);
        assertThat(held.exceptionCode()).isEqualTo("CUSTOMS_HS_CODE_MISSING");
        assertThat(held.exceptionDetail()).contains(sku);
        assertThat(held.documents()).isEmpty();                  // nothing was sent

        StandInCatalog.sku(sku, "3304990099");
        resend.resend(orderNo);
        awaitStatus(orderNo, DeclarationStatus.RELEASED);
    }

    private static int indexOfFirst(List<DeclarationSummary> all, boolean exception) {
        for (int i = 0; i < all.size(); i++) if (all.get(i).exception() == exception) return i;
        return -1;
    }

    private static int lastIndexOf(List<DeclarationSummary> all, boolean exception) {
        for (int i = all.size() - 1; i >= 0; i--) if (all.get(i).exception() == exception) return i;
        return -1;
    }
}
