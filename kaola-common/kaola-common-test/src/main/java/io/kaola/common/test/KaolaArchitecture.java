package io.kaola.common.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape every service keeps (docs/conventions.md), as ArchUnit rules. A service runs them all with
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.kaola.order", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest static final ArchTests shape = ArchTests.in(KaolaArchitecture.class);
 * }
 * }</pre>
 * Packages: {@code io.kaola.<service>.<feature>.<layer>} with layers {@code domain} (rules, no framework),
 * {@code application} (use cases and the ports they need), {@code infrastructure} (port implementations and
 * outbound clients), {@code rpc} (Dubbo providers) and {@code messaging} (RocketMQ listeners);
 * {@code io.kaola.<service>.config} holds properties and wiring; {@code io.kaola.<service>.api} is the Dubbo
 * contract. Each rule's message says what to do when it fails.
 */
public final class KaolaArchitecture {
    private KaolaArchitecture() {}

    /** Frameworks the domain must not see. */
    static final String[] FRAMEWORKS = {
            "org.springframework..", "org.apache.ibatis..", "org.mybatis..", "org.apache.dubbo..", "org.redisson..",
            "org.apache.rocketmq..", "com.fasterxml.jackson..", "com.alibaba.fastjson2..", "org.apache.shardingsphere..",
            "org.flywaydb..", "jakarta.servlet..", "com.zaxxer.."};

    // anchored to our packages: a framework's own org.apache.dubbo.rpc or ..domain.. is not one of our layers
    private static final String DOMAIN = "io.kaola..domain..";
    private static final String APPLICATION = "io.kaola..application..";
    private static final String INFRASTRUCTURE = "io.kaola..infrastructure..";
    private static final String RPC = "io.kaola..rpc..";
    private static final String MESSAGING = "io.kaola..messaging..";
    private static final String SANDBOX = "io.kaola..sandbox..";
    private static final String CONFIG = "io.kaola.*.config..";

    @ArchTest
    static final ArchRule domain_uses_no_framework = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .as("domain classes use no framework (Spring, MyBatis, Dubbo, Redisson, RocketMQ, Jackson, ...)")
            .because("the rules must run in a plain unit test and outlive any framework. How to fix: keep the rule in "
                    + "the domain class and move the framework code (JSON mapping, annotations, clients) to the "
                    + "feature's infrastructure, behind an interface the domain or application declares");

    @ArchTest
    static final ArchRule domain_depends_on_no_outer_layer = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, INFRASTRUCTURE, RPC, MESSAGING, SANDBOX, CONFIG)
            .as("domain classes depend on no application, infrastructure, rpc, messaging, sandbox or config class")
            .because("dependencies point inwards. How to fix: pass what the rule needs as an argument, or declare an "
                    + "interface (a port) in the domain and implement it in infrastructure");

    @ArchTest
    static final ArchRule application_depends_on_ports_not_infrastructure = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, SANDBOX)
            .as("application classes depend on ports, never on infrastructure or sandbox classes (their own feature's or another's)")
            .because("a use case must not know how data is stored or which client is called. How to fix: declare the "
                    + "operation as an interface in the domain (repositories) or the application (other services, "
                    + "caches, publishers), make the infrastructure class implement it, and inject the interface");

    @ArchTest
    static final ArchRule application_never_calls_adapters = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(RPC, MESSAGING)
            .as("domain and application never depend on rpc or messaging adapters")
            .because("adapters call the application, never the reverse. How to fix: move the shared code into the "
                    + "application (or domain) and let the adapter call it");

    @ArchTest
    static final ArchRule infrastructure_only_implements_ports = noClasses().that().resideInAPackage(INFRASTRUCTURE)
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(not(INTERFACES)))
            .orShould().dependOnClassesThat().resideInAnyPackage(RPC, MESSAGING)
            .as("infrastructure depends on application only through the interfaces (ports) it implements, and never on rpc or messaging")
            .because("outbound adapters are called by the application, not the other way round. How to fix: a "
                    + "listener that calls a use case belongs in <feature>/messaging; a value a port returns belongs "
                    + "in the domain or in the port interface itself");

    @ArchTest
    static final ArchRule adapters_call_the_application = noClasses().that().resideInAnyPackage(RPC, MESSAGING)
            .should().dependOnClassesThat().resideInAPackage(INFRASTRUCTURE)
            .as("rpc providers and message listeners call the application, not infrastructure")
            .because("an inbound adapter only translates and delegates. How to fix: add a use case (or a query) in "
                    + "the application and call that");

    @ArchTest
    static final ArchRule dubbo_providers_are_named_and_placed = classes()
            .that().areAnnotatedWith("org.apache.dubbo.config.annotation.DubboService")
            .should().haveSimpleNameEndingWith("ServiceProvider").andShould().resideInAPackage(RPC)
            .as("Dubbo providers are named <Api>ServiceProvider and live in <feature>/rpc")
            .because("a newcomer finds the implementation of FooService as FooServiceProvider. How to fix: rename "
                    + "the class and move it to the feature's rpc package");

    @ArchTest
    static final ArchRule message_listeners_are_named_and_placed = classes()
            .that().implement("io.kaola.common.boot.mq.KaolaMessageListener")
            .should().haveNameMatching(".*\\.[A-Z][A-Za-z]*On[A-Z][A-Za-z]*").andShould().resideInAPackage(MESSAGING)
            .as("message listeners are named <Verb>On<Event> and live in <feature>/messaging")
            .because("inbound adapters sit beside rpc, not in infrastructure. How to fix: move the listener to the "
                    + "feature's messaging package, name it after what it does on which event, and let it only "
                    + "delegate to a use case");

    @ArchTest
    static final ArchRule properties_live_in_config = classes()
            .that().areAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
            .should().resideInAPackage(CONFIG)
            .as("@ConfigurationProperties classes live in io.kaola.<service>.config")
            .because("one place per service lists every setting. How to fix: move the record to the service's "
                    + "config package (its prefix stays as it is)");

    @ArchTest
    static final ArchRule configuration_is_not_in_rules_or_use_cases = noClasses()
            .that().areAnnotatedWith("org.springframework.context.annotation.Configuration")
            .should().resideInAnyPackage(DOMAIN, APPLICATION, RPC, MESSAGING)
            .as("@Configuration classes live in config (or beside the adapter they wire), never in domain, application, rpc or messaging")
            .because("wiring is not a use case. How to fix: move the class to io.kaola.<service>.config");

    @ArchTest
    static final ArchRule mappers_are_xml = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith("org.apache.ibatis.annotations.Mapper")
            .should(new ArchCondition<>("carry no SQL annotation (the SQL lives in src/main/resources/mapper/<Mapper>.xml)") {
                @Override public void check(JavaMethod method, ConditionEvents events) {
                    for (String sql : new String[]{"Select", "Insert", "Update", "Delete"}) {
                        if (method.isAnnotatedWith("org.apache.ibatis.annotations." + sql)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has @" + sql));
                        }
                    }
                }
            })
            .as("MyBatis mappers keep their SQL in XML")
            .because("one convention for SQL in every service. How to fix: move the statement into "
                    + "src/main/resources/mapper/<MapperName>.xml with the method name as its id");

    @ArchTest
    static final ArchRule mappers_are_infrastructure = classes()
            .that().areAnnotatedWith("org.apache.ibatis.annotations.Mapper")
            .should().resideInAnyPackage(INFRASTRUCTURE, SANDBOX)
            .as("MyBatis mappers live in infrastructure (or the sandbox they serve)")
            .because("tables are an implementation detail of a port. How to fix: move the mapper to the feature's infrastructure");

    @ArchTest
    static final ArchRule transitions_are_domain_enums = classes()
            .that().implement("io.kaola.common.state.Transition")
            .should().beEnums().andShould().resideInAnyPackage(DOMAIN, SANDBOX)
            .as("status transitions are enums implementing io.kaola.common.state.Transition, in the domain")
            .because("every status has one transition table (a StateMachine) that the domain owns. How to fix: "
                    + "declare the moves as an enum in the feature's domain and build the machine there");

    @ArchTest
    static final ArchRule every_transition_enum_uses_the_state_machine_api = classes()
            .that().haveSimpleNameEndingWith("Transition").and().areEnums()
            .should().implement("io.kaola.common.state.Transition")
            .as("every *Transition enum implements io.kaola.common.state.Transition")
            .because("one state-machine API for every status. How to fix: implement target() and sources() and "
                    + "decide moves with a StateMachine built from the enum");

    @ArchTest
    static final ArchRule api_has_no_framework = noClasses().that().resideInAPackage("io.kaola.*.api..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .as("api modules (Dubbo interfaces and DTOs) depend on no framework")
            .because("every caller puts the api jar on its classpath. How to fix: keep the api plain Java and "
                    + "serialisable; annotations and wiring belong in the service");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices().matching("io.kaola.(*).(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(CONFIG), DescribedPredicate.alwaysTrue())
            .as("the features of a service do not depend on each other in a cycle (config, the wiring, may use every feature)")
            .because("a cycle makes two features one. How to fix: move what both need into a domain class of one, "
                    + "or into common");

    @ArchTest
    static final ArchRule no_package_repeats_its_service = classes().should(new ArchCondition<>("not sit in a package that repeats the service name (io.kaola.payment.payment)") {
        private final Pattern repeated = Pattern.compile("io\\.kaola\\.([a-z]+)\\.\\1(\\..*)?");

        @Override public void check(JavaClass c, ConditionEvents events) {
            Matcher m = repeated.matcher(c.getPackageName());
            if (m.matches()) events.add(SimpleConditionEvent.violated(c, c.getName() + " is in " + c.getPackageName()));
        }
    }).as("feature packages are named after the feature, not the service")
            .because("io.kaola.payment.payment says nothing. How to fix: name the feature after what it does "
                    + "(e.g. io.kaola.payment.checkout)");

    /** @return the imported classes that sit in a layered feature package, for services with a looser shape */
    static DescribedPredicate<JavaClass> inLayeredFeature() {
        return resideInAnyPackage(DOMAIN, APPLICATION, INFRASTRUCTURE, RPC, MESSAGING);
    }

    /** @return true when {@code classes} holds at least one layered class (guards against importing nothing) */
    public static boolean importsLayeredClasses(JavaClasses classes) {
        return classes.stream().anyMatch(inLayeredFeature());
    }
}
