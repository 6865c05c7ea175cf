package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.kaola.customs.api.CustomsDocument.INVENTORY;
import static io.kaola.customs.api.CustomsDocument.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

class ReceiptRulesTest {

    @Test
    void rejections_are_classified_from_return_info() {
        assertThat(ReceiptRules.kindOf(100, "[Code:1313;Desc:订购人购买超过年度限额]")).isEqualTo(RejectionKind.QUOTA);
        assertThat(ReceiptRules.kindOf(100, "[Code:1311;Desc:订购人身份信息校验不通过]")).isEqualTo(RejectionKind.IDENTITY);
        assertThat(ReceiptRules.kindOf(100, "[Code:1322;Desc:订单清单表体商品项不一致]")).isEqualTo(RejectionKind.DATA);
        assertThat(ReceiptRules.kindOf(-621049, "[Code:-621049;Desc:签名验证失败 身份]")).isEqualTo(RejectionKind.DATA);
        assertThat(ReceiptRules.kindOf(100, null)).isEqualTo(RejectionKind.DATA);
    }

    @Test
    void milestones_of_the_list_and_of_rejections() {
        assertThat(ReceiptRules.milestonesOf(INVENTORY, 2)).isEmpty();
        assertThat(ReceiptRules.milestonesOf(INVENTORY, 120)).containsExactly(CustomsMilestone.DECLARED);
        assertThat(ReceiptRules.milestonesOf(INVENTORY, 500)).containsExactly(CustomsMilestone.DECLARED);
        assertThat(ReceiptRules.milestonesOf(INVENTORY, 800)).containsExactly(CustomsMilestone.DECLARED, CustomsMilestone.RELEASED);
        assertThat(ReceiptRules.milestonesOf(INVENTORY, 899)).containsExactly(CustomsMilestone.DECLARED, CustomsMilestone.RELEASED);
        assertThat(ReceiptRules.milestonesOf(ORDER, 120)).isEmpty();
        assertThat(ReceiptRules.milestonesOf(ORDER, 100)).containsExactly(CustomsMilestone.REJECTED);
        assertThat(ReceiptRules.milestonesOf(CustomsDocument.PAYMENT, -411001)).containsExactly(CustomsMilestone.REJECTED);
    }

    @Test
    void transitions_asked_for_by_receipts() {
        assertThat(ReceiptRules.transitionOf(INVENTORY, 120, null)).contains(DeclarationTransition.DECLARE);
        assertThat(ReceiptRules.transitionOf(INVENTORY, 399, null)).contains(DeclarationTransition.DECLARE);
        assertThat(ReceiptRules.transitionOf(INVENTORY, 500, null)).contains(DeclarationTransition.INSPECT);
        assertThat(ReceiptRules.transitionOf(INVENTORY, 501, null)).contains(DeclarationTransition.DETAIN);
        assertThat(ReceiptRules.transitionOf(INVENTORY, 800, null)).contains(DeclarationTransition.RELEASE);
        assertThat(ReceiptRules.transitionOf(INVENTORY, 899, null)).contains(DeclarationTransition.RELEASE);
        assertThat(ReceiptRules.transitionOf(INVENTORY, 2, null)).isEmpty();
        assertThat(ReceiptRules.transitionOf(ORDER, 120, null)).isEmpty();
        assertThat(ReceiptRules.transitionOf(INVENTORY, 100, "[Code:1313;Desc:订购人购买超过年度限额]"))
                .contains(DeclarationTransition.REJECT_CANCEL);
        assertThat(ReceiptRules.transitionOf(ORDER, 100, "[Code:1322]")).contains(DeclarationTransition.REJECT_DATA);
    }

    @Test
    void the_624_approves_on_800_refuses_on_100_or_a_negative_code_and_otherwise_moves_nothing() {
        CustomsDocument c = CustomsDocument.CANCELLATION;
        assertThat(ReceiptRules.transitionOf(c, 2, null)).isEmpty();
        assertThat(ReceiptRules.transitionOf(c, 120, null)).isEmpty();
        assertThat(ReceiptRules.transitionOf(c, 800, "[Code:2600;Desc:撤销成功]")).contains(DeclarationTransition.CANCEL_CONFIRM);
        assertThat(ReceiptRules.transitionOf(c, 899, null)).contains(DeclarationTransition.CANCEL_CONFIRM);
        // a refusal never cancels the order, whatever its words (1313 is the 621's quota code)
        assertThat(ReceiptRules.transitionOf(c, 100, "[Code:1313;Desc:订购人购买超过年度限额]"))
                .contains(DeclarationTransition.CANCEL_REFUSE);
        assertThat(ReceiptRules.transitionOf(c, -623049, null)).contains(DeclarationTransition.CANCEL_REFUSE);
        assertThat(ReceiptRules.milestonesOf(c, 2)).isEmpty();
        assertThat(ReceiptRules.milestonesOf(c, 120)).isEmpty();
        assertThat(ReceiptRules.milestonesOf(c, 800)).containsExactly(CustomsMilestone.CANCELLED);
        assertThat(ReceiptRules.milestonesOf(c, 100)).containsExactly(CustomsMilestone.CANCEL_REFUSED);
        assertThat(ReceiptRules.milestonesOf(c, -623049)).containsExactly(CustomsMilestone.CANCEL_REFUSED);
        assertThat(CustomsDocument.ofMessageType("CEB623")).isEqualTo(c);
        assertThat(c.receiptType()).isEqualTo("CEB624");
    }

    @Test
    void a_receipt_is_applied_only_when_newer_and_for_the_current_message() {
        Instant t = Instant.parse("2026-03-01T02:00:00.500Z");
        DocumentRecord fresh = new DocumentRecord("K1", INVENTORY, "G1", 1, DocumentRecord.State.SENT, 1, null, null,
                null, t, t);
        assertThat(fresh.judge("G1", t)).isEqualTo(ReceiptOutcome.APPLIED);
        assertThat(fresh.judge("G0", t)).isEqualTo(ReceiptOutcome.STALE_GUID);
        DocumentRecord at800 = new DocumentRecord("K1", INVENTORY, "G1", 1, DocumentRecord.State.SENT, 1, 800, "放行",
                t, t, t);
        assertThat(at800.judge("G1", t.minusMillis(1))).isEqualTo(ReceiptOutcome.OLDER);
        assertThat(at800.judge("G1", t)).isEqualTo(ReceiptOutcome.OLDER);     // a duplicate changes nothing
        assertThat(at800.judge("G1", t.plusMillis(1))).isEqualTo(ReceiptOutcome.APPLIED);
        assertThat(at800.accepted()).isTrue();
        assertThat(new DocumentRecord("K1", ORDER, "G1", 1, DocumentRecord.State.SENT, 1, 100, "x", t, t, t).rejected()).isTrue();
    }

    @Test
    void identity_numbers_are_masked_in_any_text() {
        assertThat(IdentityMask.maskAll("a 11010519491231002X b 440524188001010014 c 1234567890123456789"))
                .isEqualTo("a 1101**********002X b 4405**********0014 c 1234567890123456789");
        assertThat(IdentityMask.mask("short")).isEqualTo("***");
    }
}
