package io.kaola.user.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The annual quota rule ({@code kaola.quota.*}); the two UNVERIFIED points of docs/cross-border.md §1 are settings.
 *
 * @param annualLimitFen annual limit per identity number, CNY fen (2600000 = 26,000.00, 财关税〔2018〕49号)
 * @param countTax       whether the cross-border tax counts toward the annual total (default false)
 * @param yearBasis      CALENDAR: the calendar year of the order time in Asia/Shanghai (the only basis implemented)
 */
@ConfigurationProperties("kaola.quota")
public record QuotaProperties(@DefaultValue("2600000") long annualLimitFen, @DefaultValue("false") boolean countTax,
                              @DefaultValue("CALENDAR") String yearBasis) {}
