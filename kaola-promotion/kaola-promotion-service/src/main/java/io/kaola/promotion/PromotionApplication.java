package io.kaola.promotion;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** kaola-promotion: coupon templates and the coupons shoppers hold, bulk grants, and activities. */
@SpringBootApplication
@EnableDubbo
@EnableScheduling
public class PromotionApplication {
    public static void main(String[] args) {
        SpringApplication.run(PromotionApplication.class, args);
    }
}
