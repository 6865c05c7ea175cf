package io.kaola.gateway.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.kaola.common.money.Money;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** JSON shapes of shared types: Money is {"minor":12345,"currency":"CNY"} and nothing else. */
@Configuration
public class JsonConfig {

    /** Jackson would also write Money.isNegative() as "negative"; the api record stays free of Jackson. */
    @JsonIgnoreProperties({"negative"})
    abstract static class MoneyJson {}

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer moneyAsMinorAndCurrency() {
        return builder -> builder.mixIn(Money.class, MoneyJson.class);
    }
}
