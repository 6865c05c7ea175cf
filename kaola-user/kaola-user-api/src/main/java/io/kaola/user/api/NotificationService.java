package io.kaola.user.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.common.rpc.CallableBy;

/**
 * The shopper's order notifications: one per (order, status) the order entered, sent once through the SMS/push
 * provider (kaola-user consumes {@code order-status-changed}; docs/notifications.md).
 */
public interface NotificationService {

    /**
     * @param userId the shopper (the buyer id of the orders)
     * @param page   the page, newest first
     * @return that user's notifications only
     * @throws KaolaException COMMON_FORBIDDEN for any caller but kaola-gateway
     */
    @CallableBy("kaola-gateway")
    Page<NotificationView> listNotifications(long userId, PageRequest page) throws KaolaException;
}
