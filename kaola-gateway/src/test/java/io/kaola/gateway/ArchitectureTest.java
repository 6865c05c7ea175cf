package io.kaola.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.kaola.common.test.KaolaArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape of kaola-gateway (docs/conventions.md): the shared rules of {@link KaolaArchitecture} that apply to
 * it (configuration placement, no cycles between its areas), plus the gateway's own: it is the HTTP adapter of
 * the platform and owns no data.
 */
@AnalyzeClasses(packages = "io.kaola.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests shape = ArchTests.in(KaolaArchitecture.class);

    @ArchTest
    static final ArchRule gateway_owns_no_data = noClasses().that().resideInAPackage("io.kaola.gateway..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.ibatis..", "org.mybatis..", "java.sql..",
                    "javax.sql..", "org.flywaydb..", "org.apache.shardingsphere..")
            .as("the gateway owns no data (no JDBC, MyBatis, Flyway)")
            .because("each service owns its schema and the gateway reaches data only through the Dubbo api. How to "
                    + "fix: add the query to the owning service's api and call it");
}
