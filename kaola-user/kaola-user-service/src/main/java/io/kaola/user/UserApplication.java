package io.kaola.user;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** kaola-user: accounts and credentials, a Dubbo provider of {@link io.kaola.user.api.UserService}. */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class UserApplication {
    public static void main(String[] args) {
        SpringApplication.run(UserApplication.class, args);
    }
}
