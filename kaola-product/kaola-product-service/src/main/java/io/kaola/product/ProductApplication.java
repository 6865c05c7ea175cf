package io.kaola.product;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** kaola-product: the catalogue (categories, SPUs, SKUs), its commercetools import and the product-detail cache. */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class ProductApplication {
    public static void main(String[] args) {
        SpringApplication.run(ProductApplication.class, args);
    }
}
