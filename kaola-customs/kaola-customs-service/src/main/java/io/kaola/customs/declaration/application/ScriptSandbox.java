package io.kaola.customs.declaration.application;

import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.SandboxAction;
import io.kaola.customs.api.SandboxScript;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Ops scripting of the customs sandbox; refused with CUSTOMS_SANDBOX_DISABLED when the sandbox profile is off. */
@Service
public class ScriptSandbox {
    private final ObjectProvider<SandboxScripting> sandbox;

    public ScriptSandbox(ObjectProvider<SandboxScripting> sandbox) { this.sandbox = sandbox; }

    /**
     * @throws io.kaola.common.error.KaolaException CUSTOMS_INVALID_SCRIPT, CUSTOMS_SANDBOX_DISABLED
     */
    public void script(String orderNo, SandboxScript script) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > 60) {
            throw CustomsError.INVALID_SCRIPT.exception("orderNo is required (at most 60 characters)");
        }
        if (script == null || script.document() == null || script.action() == null) {
            throw CustomsError.INVALID_SCRIPT.exception("document (ORDER, PAYMENT, WAYBILL, INVENTORY, CANCELLATION, RETURN) and action ("
                    + java.util.Arrays.toString(SandboxAction.values()) + ") are required");
        }
        if (script.action() == SandboxAction.DELAY) delayOf(script);
        boolean forReturn = script.document() == CustomsDocument.RETURN;
        if (forReturn ? !returnScript(script.action()) : script.action() == SandboxAction.REJECT_RETURN) {
            throw CustomsError.INVALID_SCRIPT.exception("REJECT_RETURN is for document RETURN only; RETURN takes"
                    + " REJECT_RETURN, REJECT_SIGNATURE, DELAY or MUTE");
        }
        SandboxScripting scripting = sandbox.getIfAvailable();
        if (scripting == null) {
            throw CustomsError.SANDBOX_DISABLED.exception("kaola-customs runs without the sandbox profile"
                    + " (SPRING_PROFILES_ACTIVE=sandbox): there is no simulated single window to script");
        }
        scripting.script(orderNo, script);
    }

    private static boolean returnScript(SandboxAction action) {
        return action == SandboxAction.REJECT_RETURN || action == SandboxAction.REJECT_SIGNATURE
                || action == SandboxAction.DELAY || action == SandboxAction.MUTE;
    }

    /** @return the positive delay of a DELAY script */
    public static Duration delayOf(SandboxScript script) {
        try {
            Duration d = Duration.parse(script.delay() == null ? "" : script.delay());
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofHours(1)) > 0) throw new DateTimeParseException("range", "", 0);
            return d;
        } catch (DateTimeParseException e) {
            throw CustomsError.INVALID_SCRIPT.exception("DELAY needs delay as an ISO-8601 duration between PT0.001S and"
                    + " PT1H, e.g. \"PT5S\"");
        }
    }
}
