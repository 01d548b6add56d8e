package org.tiegraph.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packages follow the pipeline: ingest -> extract -> graph -> query -> api, wired in app. */
class PackageRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tiegraph");
    }

    @Test
    void ingestAndExtractKnowNothingOfNeo4jOrHttp() {
        noClasses().that().resideInAnyPackage("org.tiegraph.ingest..", "org.tiegraph.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "io.javalin..", "jakarta.servlet..",
                        "org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void stagesOnlyDependOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ingest").definedBy("org.tiegraph.ingest..")
                .layer("extract").definedBy("org.tiegraph.extract..")
                .layer("graph").definedBy("org.tiegraph.graph..")
                .layer("query").definedBy("org.tiegraph.query..")
                .layer("api").definedBy("org.tiegraph.api..")
                .layer("app").definedBy("org.tiegraph.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("app")
                .whereLayer("query").mayOnlyBeAccessedByLayers("api", "app")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("query", "api", "app")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("graph", "query", "api", "app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("extract", "graph", "query", "api", "app")
                .check(classes);
    }

    @Test
    void queryLogicIsIndependentOfTheWebFramework() {
        noClasses().that().resideInAnyPackage("org.tiegraph.query..", "org.tiegraph.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
                .check(classes);
    }
}
