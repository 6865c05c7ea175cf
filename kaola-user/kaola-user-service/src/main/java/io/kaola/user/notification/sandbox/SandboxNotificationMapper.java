package io.kaola.user.notification.sandbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code sandbox_sent_notification} (mapper/SandboxNotificationMapper.xml). */
@Mapper
public interface SandboxNotificationMapper {

    /** @return 1 when "sent" now, 0 when this key was sent before */
    int insertIgnore(@Param("key") String key, @Param("userId") long userId, @Param("title") String title,
                     @Param("body") String body, @Param("sentAt") Instant sentAt);

    /** @return the keys "sent" to a user, oldest first */
    List<String> keysSentTo(@Param("userId") long userId);
}
