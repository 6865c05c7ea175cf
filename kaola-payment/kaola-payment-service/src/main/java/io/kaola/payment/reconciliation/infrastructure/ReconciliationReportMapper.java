package io.kaola.payment.reconciliation.infrastructure;

import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code reconciliation_report} (SQL: mapper/ReconciliationReportMapper.xml). */
@Mapper
public interface ReconciliationReportMapper {

    /** Stores one report. */
    void insert(ReconciliationReportRow row);

    /** @return the report that finished last, null when none */
    ReconciliationReportRow latest();
}
