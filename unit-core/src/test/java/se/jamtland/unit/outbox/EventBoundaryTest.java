package se.jamtland.unit.outbox;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * No identity crosses a service boundary (domain.md, principle 5): the event contract knows nothing of a
 * unit, and the one class that builds events never touches a type that holds identity or free text.
 */
@AnalyzeClasses(packages = "se.jamtland", importOptions = ImportOption.DoNotIncludeTests.class)
class EventBoundaryTest {

    @ArchTest
    static final ArchRule the_event_contract_depends_on_nothing_of_a_unit = noClasses()
            .that().resideInAPackage("se.jamtland.events..")
            .should().dependOnClassesThat().resideInAPackage("se.jamtland.unit..");

    @ArchTest
    static final ArchRule identity_types_cannot_reach_the_event_factory = noClasses()
            .that().haveSimpleName("ActivityEvents")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("Person")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Guardian")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("NoteRow")
            .orShould().dependOnClassesThat().haveSimpleName("OpenCaseCommand")
            .orShould().dependOnClassesThat().haveSimpleName("WriteNoteCommand")
            .orShould().dependOnClassesThat().resideInAPackage("se.jamtland.unit.identity..");
}
