package io.kaola.customs.declaration.application;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.SandboxAction;
import io.kaola.customs.api.SandboxScript;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scripting checks its input, and says clearly when the sandbox profile is off. */
class ScriptSandboxTest {

    @Test
    void without_the_sandbox_profile_scripting_is_refused_with_its_code() {
        ScriptSandbox off = new ScriptSandbox(new StaticListableBeanFactory().getBeanProvider(SandboxScripting.class));
        assertThatThrownBy(() -> off.script("K1", new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.REJECT_QUOTA, null)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CustomsError.SANDBOX_DISABLED)).isTrue())
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=sandbox");
    }

    @Test
    void scripts_are_checked_then_handed_to_the_sandbox() {
        List<String> got = new ArrayList<>();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("sandbox", (SandboxScripting) (orderNo, script) -> got.add(orderNo + " " + script.action()));
        ScriptSandbox on = new ScriptSandbox(beans.getBeanProvider(SandboxScripting.class));
        assertThatThrownBy(() -> on.script("K1", new SandboxScript(null, SandboxAction.MUTE, null)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CustomsError.INVALID_SCRIPT)).isTrue());
        assertThatThrownBy(() -> on.script("K1", new SandboxScript(CustomsDocument.ORDER, SandboxAction.DELAY, "5s")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CustomsError.INVALID_SCRIPT)).isTrue());
        on.script("K1", new SandboxScript(CustomsDocument.ORDER, SandboxAction.DELAY, "PT5S"));
        assertThat(got).containsExactly("K1 DELAY");
    }

    @Test
    void reject_return_is_for_returns_only_and_a_return_takes_only_the_actions_its_plan_knows() {
        List<String> got = new ArrayList<>();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("sandbox", (SandboxScripting) (orderNo, script) -> got.add(script.document() + " " + script.action()));
        ScriptSandbox on = new ScriptSandbox(beans.getBeanProvider(SandboxScripting.class));
        for (SandboxScript bad : List.of(new SandboxScript(CustomsDocument.INVENTORY, SandboxAction.REJECT_RETURN, null),
                new SandboxScript(CustomsDocument.RETURN, SandboxAction.REJECT_QUOTA, null),
                new SandboxScript(CustomsDocument.RETURN, SandboxAction.HOLD_INSPECTION, null))) {
            assertThatThrownBy(() -> on.script("K1", bad))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CustomsError.INVALID_SCRIPT)).isTrue());
        }
        on.script("K1", new SandboxScript(CustomsDocument.RETURN, SandboxAction.REJECT_RETURN, null));
        on.script("K1", new SandboxScript(CustomsDocument.RETURN, SandboxAction.MUTE, null));
        assertThat(got).containsExactly("RETURN REJECT_RETURN", "RETURN MUTE");
    }
}
