package io.kaola.customs.declaration.application;

import io.kaola.customs.declaration.domain.CebMessage;
import io.kaola.customs.declaration.domain.Envelope;

/** Writes unified messages as XML and validates them against our CEB schema (src/main/resources/ceb/ceb.xsd). */
public interface DeclarationMessages {
    /** @return {@code <ceb:CEBxxxMessage guid version="1.0">} with body and BaseTransfer, unsigned */
    String write(CebMessage message, Envelope envelope);

    /**
     * @param xml a message, signed or not
     * @throws io.kaola.common.error.KaolaException CUSTOMS_MESSAGE_INVALID naming the schema violation
     */
    void validate(String xml);
}
