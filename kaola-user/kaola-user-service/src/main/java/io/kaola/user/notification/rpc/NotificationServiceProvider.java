package io.kaola.user.notification.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.user.api.NotificationService;
import io.kaola.user.api.NotificationView;
import io.kaola.user.notification.application.ListNotifications;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo provider of {@link NotificationService}: a read, so it may be retried. */
@DubboService(timeout = 3000, retries = 2)
public class NotificationServiceProvider implements NotificationService {
    private final ListNotifications list;

    public NotificationServiceProvider(ListNotifications list) { this.list = list; }

    @Override
    public Page<NotificationView> listNotifications(long userId, PageRequest page) {
        if (page == null) throw CommonError.INVALID_REQUEST.exception("page is required");
        return list.of(userId, page);
    }
}
