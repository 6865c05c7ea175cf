package io.kaola.payment.reconciliation.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.money.Money;
import io.kaola.payment.api.ReconciliationFinding;
import io.kaola.payment.api.ReconciliationReport;
import io.kaola.payment.api.ReconciliationTotals;
import io.kaola.payment.api.ReconciliationTrigger;
import io.kaola.payment.reconciliation.domain.Reconciliation;
import io.kaola.payment.reconciliation.domain.ReconciliationReportRepository;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** {@link ReconciliationReportRepository} on MariaDB: summary columns, the findings as a JSON array. */
@Repository
public class MyBatisReconciliationReportRepository implements ReconciliationReportRepository {
    /** Lenient on read: derived properties a value writes (e.g. Money's) are not constructor parameters. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<ReconciliationFinding>> FINDINGS = new TypeReference<>() {};

    private final ReconciliationReportMapper mapper;

    public MyBatisReconciliationReportRepository(ReconciliationReportMapper mapper) { this.mapper = mapper; }

    @Override
    public void save(ReconciliationReport r) {
        ReconciliationTotals t = r.totals();
        mapper.insert(new ReconciliationReportRow(r.reportId(), r.trigger().name(), r.from(), r.to(), r.startedAt(),
                r.finishedAt(), t.paymentsSucceeded().minor(), t.refundsSucceeded().minor(), t.net().minor(),
                t.net().currency(), r.repaired(), r.listed(), toJson(r.findings())));
    }

    @Override
    public Optional<ReconciliationReport> latest() {
        return Optional.ofNullable(mapper.latest()).map(MyBatisReconciliationReportRepository::toDomain);
    }

    private static ReconciliationReport toDomain(ReconciliationReportRow row) {
        List<ReconciliationFinding> findings = fromJson(row.findings());
        ReconciliationTotals totals = new ReconciliationTotals(new Money(row.paymentsSucceededMinor(), row.currency()),
                new Money(row.refundsSucceededMinor(), row.currency()), new Money(row.netMinor(), row.currency()));
        return new ReconciliationReport(row.reportId(), row.windowFrom(), row.windowTo(), row.startedAt(),
                row.finishedAt(), ReconciliationTrigger.valueOf(row.triggerKind()), totals,
                Reconciliation.counts(findings.stream().map(ReconciliationFinding::kind).toList()), findings,
                row.repaired(), row.listed());
    }

    private static String toJson(List<ReconciliationFinding> findings) {
        try {
            return JSON.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings cannot be written as JSON", e);
        }
    }

    private static List<ReconciliationFinding> fromJson(String json) {
        try {
            return JSON.readValue(json, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored findings are not readable JSON", e);
        }
    }
}
