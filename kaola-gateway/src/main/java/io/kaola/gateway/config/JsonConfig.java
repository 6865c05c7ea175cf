package io.kaola.gateway.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.kaola.common.money.Money;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON shapes of shared types (Money is {"minor":12345,"currency":"CNY"} and nothing else) and strict reading of
 * request bodies: a value must have the JSON type of its field (see {@link #strictScalars}).
 */
@Configuration
public class JsonConfig {

    /** Jackson would also write Money.isNegative() as "negative"; the api record stays free of Jackson. */
    @JsonIgnoreProperties({"negative"})
    abstract static class MoneyJson {}

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer moneyAsMinorAndCurrency() {
        return builder -> builder.mixIn(Money.class, MoneyJson.class);
    }

    /**
     * Strict input: an integer field (quantity, userId, weightGrams, ...) takes only a JSON integer: 2.5, 2.0 and "2"
     * are refused (400, naming the field); a decimal field takes a JSON number, not a string; a text field (names,
     * addresses, identity numbers, SKU codes) takes only a JSON string, never a number or boolean (an identity number
     * sent as a number would already have lost its leading digits or its X); a boolean takes only true/false; an enum
     * takes only its name.
     */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictScalars() {
        return builder -> builder
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .postConfigurer(JsonConfig::refuseScalarCoercion);
    }

    static void refuseScalarCoercion(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
