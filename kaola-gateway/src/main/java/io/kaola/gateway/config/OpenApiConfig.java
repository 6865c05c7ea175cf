package io.kaola.gateway.config;

import io.kaola.gateway.auth.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs (UI: /swagger-ui.html): a bearer (JWT) security scheme,
 * and every 4xx/5xx response documented as a Kaola problem (RFC 9457).
 */
@Configuration
public class OpenApiConfig {
    public static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";

    static {
        // filled from the access token, not from the request
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    public OpenAPI kaolaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kaola API").version("v1").description("""
                        Cross-border import shop: storefront and ops API. Log in with POST /api/auth/login and send \
                        the accessToken as `Authorization: Bearer <token>`. Money is {minor, currency} in minor units \
                        (fen for CNY). Errors are application/problem+json with a stable `code` and a `traceId`."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** Error responses carry the problem schema, whatever the method returns on success. */
    @Bean
    public OperationCustomizer problemResponses() {
        return (operation, handlerMethod) -> {
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) response.setContent(problemContent());
                });
                operation.getResponses().addApiResponse("default",
                        new ApiResponse().description("Any other error, as a problem").content(problemContent()));
            }
            return operation;
        };
    }

    /** Money is written as {minor, currency} (see JsonConfig); the schema generator also sees isNegative(). */
    @Bean
    public OpenApiCustomizer moneySchema() {
        return openApi -> {
            Schema<?> money = openApi.getComponents().getSchemas().get("Money");
            if (money != null && money.getProperties() != null) money.getProperties().remove("negative");
        };
    }

    private static Content problemContent() {
        return new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details with Kaola's code and traceId. A refusal may "
                        + "carry more extension members (strings): CROSSBORDER_* amount refusals have limit (TRANSACTION, "
                        + "ANNUAL or SINGLE_ITEM), amountCny, limitCny, usedCny, remainingCny and year (CNY as \"1000.01\").")
                .additionalProperties(new StringSchema())
                .addProperty("type", new StringSchema().example("urn:kaola:problem:inventory-insufficient-stock"))
                .addProperty("title", new StringSchema().example("Out of stock"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema().example("only 2 left of sku A0E2000000021F3"))
                .addProperty("instance", new StringSchema().example("/api/orders"))
                .addProperty("code", new StringSchema().example("INVENTORY_INSUFFICIENT_STOCK"))
                .addProperty("traceId", new StringSchema().example("4bf92f3577b34da6"));
    }
}
