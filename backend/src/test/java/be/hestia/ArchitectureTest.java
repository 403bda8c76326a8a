package be.hestia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps the package-by-feature boundaries of GUIDE.md. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.hestia");

    private static final List<String> FEATURES = List.of("reference", "staff", "site", "building", "dwelling", "household", "casefile", "audit", "dataprotection", "agenda");

    @Test
    void resourcesStayThinAndNeverTouchPersistence() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(MAIN);
    }

    @Test
    void featuresUseEachOthersServicesNeverTheirRepositoriesOrEntities() {
        for (String feature : FEATURES) {
            String inside = "be.hestia." + feature + "..";
            noClasses().that().resideOutsideOfPackage(inside)
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "repositories or entities of " + feature,
                            type -> type.getPackageName().startsWith("be.hestia." + feature)
                                    && (type.getSimpleName().endsWith("Repository")
                                            || type.isAnnotatedWith(Entity.class))))
                    .check(MAIN);
        }
    }

    @Test
    void entitiesNeverReachTheContractModels() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().resideInAPackage("be.hestia.api..")
                .check(MAIN);
    }
}
