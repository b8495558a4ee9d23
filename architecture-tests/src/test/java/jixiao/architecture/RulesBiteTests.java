package jixiao.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * Proof that the rules of {@link ModularityTests} bite: the same rules, run against deliberately broken fixture
 * packages (outside the application's base package), report every violation planted there.
 */
class RulesBiteTests {

    static final String BROKEN = "jixiao.architecture.fixtures.broken";
    static final JavaClasses CLASSES = new ClassFileImporter().importPackages(BROKEN);

    private static String violations(com.tngtech.archunit.lang.ArchRule rule) {
        EvaluationResult result = rule.evaluate(CLASSES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return result.getFailureReport().toString();
    }

    @Test
    void aDomainClassImportingSpringIsReported() {
        assertThat(violations(ProjectRules.domainIsFrameworkFree(BROKEN)))
                .contains("assessment.domain.Assessment")
                .contains("org.springframework.context.ApplicationEventPublisher");
    }

    @Test
    void aStageReachingIntoAnotherStagesInternalsIsReported() {
        ApplicationModules modules = ApplicationModules.of(BROKEN, location -> true);
        assertThatThrownBy(modules::verify)
                .hasMessageContaining("MonitoringRound")
                .hasMessageContaining("targeting.internal.TargetStore")
                .hasMessageContaining("non-exposed type");
    }

    @Test
    void aStageDependingAgainstTheLoopIsReported() {
        assertThat(violations(ProjectRules.stagesFollowTheLoop(BROKEN)))
                .contains("assessment.domain.Conclusion")
                .contains("broken.targeting.Target");
        ApplicationModules modules = ApplicationModules.of(BROKEN, location -> true);
        assertThatThrownBy(modules::verify)
                .hasMessageContaining("Module 'assessment' depends on module 'targeting'");
    }

    @Test
    void eventsThatAreNotRecordsOrCarryDomainTypesAreReported() {
        assertThat(violations(ProjectRules.eventsAreStageEventRecords(BROKEN)))
                .contains("AssessmentConcluded is not a record")
                .contains("StageEvent");
        assertThat(violations(ProjectRules.eventsAreImmutable(BROKEN)))
                .contains("AssessmentReopened.notes is a java.util.ArrayList")
                .contains("AssessmentReopened.at is a java.util.Date")
                .contains("AssessmentReopened.scores is a [I")
                .doesNotContain("AssessmentReopened.reason");
        assertThat(violations(ProjectRules.eventsCarryNoDomainTypes(BROKEN)))
                .contains("assessment.domain.Assessment");
    }

    @Test
    void aListenerAskingWhoIsCallingIsReported() {
        assertThat(violations(ProjectRules.workWithoutARequestNamesItsScope(BROKEN)))
                .contains("RoundReminder").contains("CallerContext");
    }

    @Test
    void aPackageThatIsNotNullMarkedIsReported() {
        assertThat(violations(ProjectRules.everyPackageIsNullMarked(BROKEN)))
                .contains("fixtures.broken.monitoring is not @NullMarked");
    }

    @Test
    void anImplClassIsReported() {
        assertThat(violations(ProjectRules.noImplClasses(BROKEN))).contains("ScoringImpl");
    }

    @Test
    void aPortThatKnowsAnAdapterIsReported() {
        assertThat(JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT).evaluate(CLASSES)
                .getFailureReport().toString())
                .contains("ApproveTargetUseCase")
                .contains("TargetRow");
    }

    @Test
    void theMainCodeHasNoneOfThese() {
        for (var rule : ProjectRules.all(ModularityTests.BASE)) {
            assertThat(rule.evaluate(ModularityTests.CLASSES).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }
}
