package io.kaola.common.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules catch what they are written for (on fixtures that break them), and common-core itself is plain Java. */
class KaolaArchitectureTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("io.kaola.fixture");

    private static EvaluationResult check(ArchRule rule) {
        return rule.evaluate(FIXTURES);
    }

    @Test
    void a_domain_class_that_uses_jackson_or_infrastructure_is_reported_with_how_to_fix() {
        EvaluationResult framework = check(KaolaArchitecture.domain_uses_no_framework);
        assertThat(framework.hasViolation()).isTrue();
        assertThat(framework.getFailureReport().toString()).contains("Cart").contains("How to fix");
        assertThat(check(KaolaArchitecture.domain_depends_on_no_outer_layer).hasViolation()).isTrue();
    }

    @Test
    void a_use_case_on_a_concrete_infrastructure_class_and_infrastructure_calling_back_up_are_reported() {
        assertThat(check(KaolaArchitecture.application_depends_on_ports_not_infrastructure).getFailureReport().toString())
                .contains("AddToCart").contains("CartMapperRow");
        assertThat(check(KaolaArchitecture.infrastructure_only_implements_ports).getFailureReport().toString())
                .contains("CartMapperRow").contains("AddToCart");
    }

    @Test
    void a_transition_enum_outside_the_state_machine_api_is_reported() {
        assertThat(check(KaolaArchitecture.every_transition_enum_uses_the_state_machine_api).getFailureReport().toString())
                .contains("CartTransition");
    }

    @Test
    void the_fixture_cycle_between_application_and_infrastructure_is_not_a_feature_cycle_but_a_layer_violation() {
        assertThat(check(KaolaArchitecture.features_are_free_of_cycles).hasViolation()).isFalse();
    }

    @Test
    void common_core_the_base_of_every_api_jar_uses_no_framework() {
        JavaClasses core = new ClassFileImporter().importPackages("io.kaola.common.error", "io.kaola.common.money",
                "io.kaola.common.id", "io.kaola.common.page", "io.kaola.common.rpc", "io.kaola.common.text",
                "io.kaola.common.state");
        assertThat(core.size()).isGreaterThan(10);
        ArchRule plain = noClasses().should().dependOnClassesThat().resideInAnyPackage(KaolaArchitecture.FRAMEWORKS)
                .as("kaola-common-core uses no framework");
        plain.check(core);
    }
}
