package io.kaola.user.notification.domain;

import io.kaola.common.deadletter.IdentityNumberMask;
import io.kaola.order.api.OrderStatus;

/**
 * What the shopper reads for each order status, Chinese then English (the shop's two languages). A reason the
 * order carries (e.g. customs' return note, "unpaid for 30 minutes") is appended, identity numbers masked. Source of the statuses:
 * io.kaola.order.api.OrderStatus.
 */
public final class OrderNotices {
    private OrderNotices() {}

    /**
     * @param title the notification's headline
     * @param text  the message as sent
     */
    public record Notice(String title, String text) {}

    /**
     * @param status  the status the order entered
     * @param orderNo the order number, quoted in the text
     * @param reason  why, may be null
     * @return the title and the text
     */
    public static Notice of(OrderStatus status, String orderNo, String reason) {
        String[] t = switch (status) {
            case PENDING_PAYMENT -> new String[]{"订单待支付 Order awaiting payment",
                    "您的订单 " + orderNo + " 已提交，请尽快完成支付，超时未支付将自动取消。",
                    "Your order " + orderNo + " is placed. Please pay soon: unpaid orders are cancelled automatically."};
            case PAID -> new String[]{"支付成功 Payment received",
                    "您的订单 " + orderNo + " 已支付成功，我们正在为您申报海关。",
                    "We received the payment for order " + orderNo + " and are preparing the customs declaration."};
            case DECLARING -> new String[]{"海关申报中 Customs declaration in progress",
                    "您的订单 " + orderNo + " 已向海关申报，请耐心等待清关。",
                    "Order " + orderNo + " has been declared to customs and is waiting for clearance."};
            case CLEARED -> new String[]{"清关完成 Cleared by customs",
                    "您的订单 " + orderNo + " 已通过海关放行，保税仓即将发货。",
                    "Customs released order " + orderNo + "; the bonded warehouse will ship it shortly."};
            case SHIPPED -> new String[]{"订单已发货 Your order has shipped",
                    "您的订单 " + orderNo + " 已从保税仓发出，正在配送途中。",
                    "Order " + orderNo + " has left the bonded warehouse and is on its way to you."};
            case DELIVERED -> new String[]{"订单已签收 Your order was delivered",
                    "您的订单 " + orderNo + " 已签收。如有问题请联系客服。",
                    "Order " + orderNo + " was signed for. Contact customer service if anything is wrong."};
            case COMPLETED -> new String[]{"订单已完成 Order completed",
                    "您的订单 " + orderNo + " 已完成，感谢您的购买！",
                    "Order " + orderNo + " is complete. Thank you for shopping with us!"};
            case CLOSED -> new String[]{"订单已关闭 Order closed",
                    "您的订单 " + orderNo + " 已关闭，未扣款或款项将原路退回。",
                    "Order " + orderNo + " is closed. You were not charged, or the money goes back the way you paid."};
            case CUSTOMS_REJECTED -> new String[]{"海关未放行 Customs did not release your order",
                    "很抱歉，您的订单 " + orderNo + " 未通过海关审核，将不会发货，货款将全额退回。",
                    "Sorry: customs did not release order " + orderNo + ". It will not ship and you get a full refund."};
            case REFUNDING -> new String[]{"订单取消中 Cancelling your order",
                    "您的订单 " + orderNo + " 正在取消：海关撤销申报后，货款将全额退回。",
                    "Order " + orderNo + " is being cancelled: once customs withdraws the declaration you get a full refund."};
            case REFUNDED -> new String[]{"退款成功 Refunded",
                    "您的订单 " + orderNo + " 已全额退款，款项将原路退回。",
                    "Order " + orderNo + " was refunded in full; the money goes back the way you paid."};
        };
        String why = reason == null || reason.isBlank() ? "" : "（原因 Reason: " + IdentityNumberMask.maskAll(reason.strip()) + "）";
        return new Notice(t[0], t[1] + " " + t[2] + why);
    }
}
