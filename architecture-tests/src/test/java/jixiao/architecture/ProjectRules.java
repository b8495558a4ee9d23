package jixiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The project's own architecture rules, over any base package: {@code org.jixiao} for the product, a fixture
 * package with deliberate violations to prove each rule bites.
 */
final class ProjectRules {

    /** The stages in the order of the loop: a stage may use those before it, never one after it. */
    static final List<String> LOOP = List.of("assessment", "targeting", "monitoring", "evaluation", "resultapplication");

    /** The shared kernel's envelope every stage event implements. */
    static final String STAGE_EVENT = "org.jixiao.sharedkernel.events.StageEvent";

    /** Component types an event may carry besides primitives, enums and records. */
    private static final Set<String> IMMUTABLE = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Boolean", "java.math.BigDecimal", "java.util.UUID", "java.time.Instant", "java.time.LocalDate",
            "java.util.List");

    private ProjectRules() {
    }

    static List<ArchRule> all(String base) {
        return List.of(domainIsFrameworkFree(base), eventsAreStageEventRecords(base), eventsAreImmutable(base),
                eventsCarryNoDomainTypes(base), noImplClasses(base), noCycles(base), stagesFollowTheLoop(base),
                workWithoutARequestNamesItsScope(base), everyPackageIsNullMarked(base));
    }

    /**
     * A stage's {@code domain} and the shared kernel are plain Java and jMolecules: no Spring, persistence,
     * validation, web or JSON, and no port, service or adapter.
     */
    static ArchRule domainIsFrameworkFree(String base) {
        return classes().that().resideInAnyPackage(base + "..domain..", base + ".sharedkernel..")
                .and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jmolecules..", "org.jspecify..",
                        base + ".sharedkernel..", base + "..domain..", base + "..events..")
                .as("the domain of every stage and the shared kernel depend on no framework, port, service or adapter");
    }

    /** Events are records implementing the shared kernel's {@code StageEvent} (a jMolecules DomainEvent with the common header). */
    static ArchRule eventsAreStageEventRecords(String base) {
        return classes().that().resideInAPackage(base + "..events..")
                .and().resideOutsideOfPackage(base + ".sharedkernel..") // the envelope itself
                .and().areTopLevelClasses().and().areNotEnums().and().doNotHaveSimpleName("package-info")
                .should(beRecords()).andShould().implement(STAGE_EVENT)
                .allowEmptyShould(true)
                .as("events are records implementing StageEvent");
    }

    /**
     * The published language is immutable values: every component of an event (and of the records inside it) is a
     * primitive, a string, a UUID, an instant or date, a decimal, an enum, a record or a list — never an array, a
     * map, a mutable collection or date, an aggregate or an entity.
     */
    static ArchRule eventsAreImmutable(String base) {
        return classes().that().resideInAPackage(base + "..events..").and().areRecords()
                .should(haveOnlyImmutableComponents())
                .allowEmptyShould(true)
                .as("events carry immutable values only: primitives, strings, ids, instants, decimals, enums, records, lists");
    }

    /** Events carry values of the language: nothing of a domain model, a port or a framework. */
    static ArchRule eventsCarryNoDomainTypes(String base) {
        return classes().that().resideInAPackage(base + "..events..").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jmolecules..", "org.jspecify..",
                        base + "..events..", base + ".sharedkernel..")
                .allowEmptyShould(true)
                .as("events carry the published language only, no domain types");
    }

    static ArchRule noImplClasses(String base) {
        return noClasses().that().resideInAPackage(base + "..").should().haveSimpleNameEndingWith("Impl")
                .as("no class is named *Impl: name what it is");
    }

    static ArchRule noCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles().as("no cycles between modules");
    }

    /** Dependencies flow with the loop: assessment → targeting → monitoring → evaluation → result application. */
    static ArchRule stagesFollowTheLoop(String base) {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < LOOP.size() - 1; i++) {
            String[] later = LOOP.subList(i + 1, LOOP.size()).stream().map(stage -> base + "." + stage + "..")
                    .toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(base + "." + LOOP.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .allowEmptyShould(true)
                    .as(LOOP.get(i) + " depends on no later stage of the loop"));
        }
        return CompositeArchRule.of(rules).as("stages depend only on earlier stages of the loop");
    }

    /** Annotations that mark work no request drives: event listeners and scheduled jobs. */
    private static final Set<String> WITHOUT_A_REQUEST = Set.of(
            "org.springframework.modulith.events.ApplicationModuleListener",
            "org.springframework.context.event.EventListener",
            "org.springframework.transaction.event.TransactionalEventListener",
            "org.springframework.scheduling.annotation.Scheduled");

    /**
     * Work without a request — a listener, a scheduled job, the query API another stage calls — names its scope
     * ({@code Scope.subtree(region)}) explicitly; it never asks the {@code CallerContext} who is calling.
     */
    static ArchRule workWithoutARequestNamesItsScope(String base) {
        DescribedPredicate<JavaClass> withoutARequest = new DescribedPredicate<>(
                "listen to events, run on a schedule or implement a stage's api") {
            @Override
            public boolean test(JavaClass type) {
                boolean listens = type.getMethods().stream().anyMatch(method -> method.getAnnotations().stream()
                        .anyMatch(a -> WITHOUT_A_REQUEST.contains(a.getRawType().getName())));
                boolean servesAnotherStage = type.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().startsWith(base + ".")
                                && i.getPackageName().endsWith(".api"));
                return listens || servesAnotherStage;
            }
        };
        return noClasses().that(withoutARequest).should().dependOnClassesThat()
                .haveFullyQualifiedName("org.jixiao.sharedkernel.access.CallerContext")
                .allowEmptyShould(true)
                .as("work without a request names its scope and never asks who is calling");
    }

    /**
     * Every package is {@code @NullMarked} (JSpecify), so NullAway checks it when it compiles: nothing is null
     * unless declared {@code @Nullable}. A new package without a {@code package-info.java} saying so is reported.
     */
    static ArchRule everyPackageIsNullMarked(String base) {
        return classes().that().resideInAPackage(base + "..").and().doNotHaveSimpleName("package-info")
                .should(new ArchCondition<>("reside in a @NullMarked package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!type.getPackage().isAnnotatedWith("org.jspecify.annotations.NullMarked")) {
                            events.add(SimpleConditionEvent.violated(type, type.getPackageName()
                                    + " is not @NullMarked: add it to the package's package-info.java"));
                        }
                    }
                })
                .as("every package is @NullMarked, so its nullability is checked");
    }

    private static ArchCondition<JavaClass> haveOnlyImmutableComponents() {
        return new ArchCondition<>("have only immutable components") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaField field : type.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.STATIC)) {
                        continue;
                    }
                    JavaClass component = field.getRawType();
                    boolean immutable = component.isPrimitive() || component.isEnum() || component.isRecord()
                            || IMMUTABLE.contains(component.getName());
                    if (!immutable) {
                        events.add(SimpleConditionEvent.violated(field, type.getName() + "." + field.getName()
                                + " is a " + component.getName() + ", not an immutable value"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!type.isRecord()) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is not a record"));
                }
            }
        };
    }
}
