package io.kaola.inventory;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** kaola-inventory: stock levels per SKU and bonded warehouse, and the reservations orders hold on them. */
@SpringBootApplication
@EnableDubbo
public class InventoryApplication {
    public static void main(String[] args) {
        SpringApplication.run(InventoryApplication.class, args);
    }
}
