package io.kaola.product.catalogimport.domain;

import java.util.List;

/**
 * What reading a catalogue directory gave: a plan, or the problems that refuse it.
 *
 * @param plan     the validated catalogue, null when there are problems
 * @param problems each naming file and item; empty when the plan is valid
 */
public record ReadOutcome(ImportPlan plan, List<String> problems) {

    /** @return true when the catalogue is well-formed and can be applied */
    public boolean isAccepted() { return problems.isEmpty(); }
}
