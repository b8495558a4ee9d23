package jixiao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.JixiaoApplication;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of the whole application: Spring Modulith's verification (module boundaries, allowed
 * dependencies, cycles), jMolecules' hexagonal rules at STRICT depth and DDD rules, and the project rules. Any
 * violation in main code fails the build. Writes the module documentation to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final String BASE = "org.jixiao";

    static final ApplicationModules MODULES = ApplicationModules.of(JixiaoApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void everyModuleIsPresent() {
        Set<String> modules = MODULES.stream().map(ApplicationModule::getIdentifier)
                .map(Object::toString).collect(Collectors.toSet());
        assertThat(modules).containsExactlyInAnyOrder("sharedkernel", "platform", "organisation", "rules", "assessment", "targeting",
                "monitoring", "evaluation", "resultapplication");
        assertThat(MODULES.getSharedModules()).extracting(module -> module.getIdentifier().toString())
                .containsExactly("sharedkernel");
    }

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void hexagonalArchitectureAtStrictDepth() {
        JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT).check(CLASSES);
    }

    @Test
    void dddBuildingBlocks() {
        JMoleculesDddRules.all().check(CLASSES);
    }

    @Test
    void projectRules() {
        for (ArchRule rule : ProjectRules.all(BASE)) {
            rule.check(CLASSES);
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
