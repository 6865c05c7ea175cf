package io.kaola.customs.api;

import java.io.Serializable;

/**
 * One scripted behaviour of the customs sandbox for one order; it applies to the next declaration of the document
 * (a re-send after it is answered normally).
 *
 * @param document the document it applies to
 * @param action   what the sandbox does
 * @param delay    ISO-8601 duration, e.g. "PT5S": required for DELAY, ignored otherwise
 */
public record SandboxScript(CustomsDocument document, SandboxAction action, String delay) implements Serializable {}
