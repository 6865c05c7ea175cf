package io.kaola.pricing.bench;

import io.kaola.common.money.Money;
import io.kaola.pricing.fx.domain.FxRate;
import io.kaola.pricing.quote.domain.CartLine;
import io.kaola.pricing.quote.domain.PriceCalculator;
import io.kaola.pricing.quote.domain.PricingRules;
import io.kaola.pricing.quote.domain.Quote;
import io.kaola.pricing.testsupport.SeededRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The price trial of a 5-line cart (EUR cosmetics, JPY wine, USD general, GBP watch, CNY 9% goods) through the
 * domain calculator: {@code trialWithTaxAndSteps} is the explain path (FX, shipping, freight allocation, dutiable
 * value, limit verdict, tax per line, every step); {@code fxOnlyWithoutTax} is the baseline measured in the same run
 * (FX conversion and sums only). No database, no Dubbo: the calculator alone.
 * <p>
 * Not a test (never run by {@code mvn verify}). Run {@code kaola-pricing/kaola-pricing-service/bench.sh}, which calls
 * {@link #main}: throughput (ops/s) and sample time (p99, µs) of both, and the ratios trial/baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PriceTrialBenchmark {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    private final PriceCalculator calculator = new PriceCalculator();
    private final Map<String, FxRate> rates = Map.of(
            "EUR", rate("EUR", "8.200000"), "JPY", rate("JPY", "0.047000"),
            "USD", rate("USD", "7.100000"), "GBP", rate("GBP", "9.300000"));
    private final PricingRules rules = SeededRules.ningbo();
    private final List<CartLine> cart = List.of(
            new CartLine("EU-SERUM-30", 2, new Money(4590, "EUR"), "COSMETICS", 180, SeededRules.ml("30")),
            new CartLine("JP-SAKE-720", 1, new Money(5800, "JPY"), "WINE", 1300, null),
            new CartLine("US-VIT-C", 3, new Money(1999, "USD"), "GENERAL", 250, null),
            new CartLine("GB-WATCH", 1, new Money(18900, "GBP"), "WATCH", 400, null),
            new CartLine("CN-BOOK", 1, Money.cny(6800), "REDUCED_9", 600, null));

    @Benchmark
    public Quote trialWithTaxAndSteps() {
        return calculator.quote(cart, DAY, rates, rules, true);
    }

    @Benchmark
    public Quote fxOnlyWithoutTax() {
        return calculator.convert(cart, DAY, rates);
    }

    /** Runs both benchmarks in both modes and prints ops/s, p99 and the ratios trial/baseline. */
    public static void main(String[] args) throws RunnerException {
        String include = PriceTrialBenchmark.class.getName() + "\\.";
        Options throughput = new OptionsBuilder().include(include).mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS).build();
        Options sampleTime = new OptionsBuilder().include(include).mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS).build();
        Collection<RunResult> tp = new Runner(throughput).run();
        Collection<RunResult> st = new Runner(sampleTime).run();

        double trialOps = score(tp, "trialWithTaxAndSteps"), baseOps = score(tp, "fxOnlyWithoutTax");
        double trialP99 = p99(st, "trialWithTaxAndSteps"), baseP99 = p99(st, "fxOnlyWithoutTax");
        System.out.println();
        System.out.println("== price trial, 5-line cart (JMH 1 fork, 3 x 1 s warmup, 5 x 1 s measurement) ==");
        System.out.printf(Locale.ROOT, "%-24s %16s %12s%n", "benchmark", "ops/s", "p99 (us)");
        System.out.printf(Locale.ROOT, "%-24s %16.0f %12.3f%n", "trialWithTaxAndSteps", trialOps, trialP99);
        System.out.printf(Locale.ROOT, "%-24s %16.0f %12.3f%n", "fxOnlyWithoutTax", baseOps, baseP99);
        System.out.printf(Locale.ROOT, "ratio trial/baseline: throughput %.3f (baseline %.1fx faster), p99 %.2fx%n",
                trialOps / baseOps, baseOps / trialOps, trialP99 / baseP99);
    }

    private static double score(Collection<RunResult> results, String benchmark) {
        return find(results, benchmark).getPrimaryResult().getScore();
    }

    private static double p99(Collection<RunResult> results, String benchmark) {
        Result<?> result = find(results, benchmark).getPrimaryResult();
        return result.getStatistics().getPercentile(99.0);
    }

    private static RunResult find(Collection<RunResult> results, String benchmark) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + benchmark));
    }

    private static FxRate rate(String currency, String rate) {
        return new FxRate(currency, "CNY", new BigDecimal(rate), LocalDate.of(2026, 11, 1), "bench");
    }
}
