package se.jamtland.unit.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of the domain stay readable without the framework (style.md): a model knows nothing of Micronaut or
 * HTTP, and neither the model, the use cases nor the intake policies speak HTTP; only the web layer turns a
 * refusal into a status and a problem+json.
 */
@AnalyzeClasses(packages = "se.jamtland.unit", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule a_model_depends_on_no_framework = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..",
                    "jakarta.transaction..", "se.jamtland.problem..");

    @ArchTest
    static final ArchRule models_use_cases_and_policies_do_not_speak_http = noClasses()
            .that().resideInAnyPackage("..model..", "..application..", "se.jamtland.unit.intake..",
                    "se.jamtland.unit.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "se.jamtland.problem..");

    @ArchTest
    static final ArchRule rows_and_repositories_stay_in_infrastructure = noClasses()
            .that().resideInAnyPackage("..model..", "se.jamtland.unit.intake..", "se.jamtland.unit.policy..")
            .should().dependOnClassesThat().resideInAPackage("..infrastructure..");
}
