package io.kaola.order.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Order risk control's settings (kaola.order.risk.*). */
@Configuration
@EnableConfigurationProperties(OrderRiskProperties.class)
public class OrderRiskConfiguration { }
