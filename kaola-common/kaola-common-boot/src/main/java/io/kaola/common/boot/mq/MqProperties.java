package io.kaola.common.boot.mq;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * RocketMQ client settings ({@code kaola.mq.*}).
 *
 * @param enabled                 false turns every producer and listener off (the gateway has none)
 * @param nameServer              "host:port" of the name server(s), ';'-separated
 * @param producerGroup           producer group of this app (defaults to the application name)
 * @param maxReconsumeTimes       retries before a message goes to %DLQ%&lt;group&gt;
 * @param pollNameServerIntervalMs route refresh interval; 1000 in tests, 30000 by default
 */
@ConfigurationProperties("kaola.mq")
public record MqProperties(Boolean enabled, String nameServer, String producerGroup,
                           Integer maxReconsumeTimes, Integer pollNameServerIntervalMs) {
    public MqProperties {
        if (enabled == null) enabled = true;
        if (nameServer == null) nameServer = "127.0.0.1:9876";
        if (maxReconsumeTimes == null) maxReconsumeTimes = 3;
        if (pollNameServerIntervalMs == null) pollNameServerIntervalMs = 5000;
    }
}
