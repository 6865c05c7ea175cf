package io.kaola.customs.declaration.infrastructure;

/** The facts columns of {@code declaration}: JSON without identity numbers, and the numbers encrypted. */
public record FactsRow(String orderFacts, String buyerIdNumberEnc, String paymentFacts, String payerIdNumberEnc,
                       String waybillFacts) {}
