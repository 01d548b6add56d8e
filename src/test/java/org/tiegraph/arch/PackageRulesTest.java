package org.tiegraph.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the pipeline: ingest -> extract -> graph -> query -> api, wired in app, over the vocabulary in
 * catalogue; only the loader (graph) and the wiring (app) know extraction.
 */
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
    void theCatalogueDependsOnNoStage() {
        noClasses().that().resideInAPackage("org.tiegraph.catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tiegraph.ingest..", "org.tiegraph.extract..",
                        "org.tiegraph.graph..", "org.tiegraph.query..", "org.tiegraph.api..", "org.tiegraph.app..",
                        "org.tiegraph.bench..", "org.neo4j..", "io.javalin..", "edu.stanford..")
                .check(classes);
    }

    @Test
    void stagesOnlyDependOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("catalogue").definedBy("org.tiegraph.catalogue..")
                .layer("ingest").definedBy("org.tiegraph.ingest..")
                .layer("extract").definedBy("org.tiegraph.extract..")
                .layer("graph").definedBy("org.tiegraph.graph..")
                .layer("query").definedBy("org.tiegraph.query..")
                .layer("api").definedBy("org.tiegraph.api..")
                .layer("app").definedBy("org.tiegraph.app..")
                .layer("bench").definedBy("org.tiegraph.bench..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("bench").mayOnlyBeAccessedByLayers("app")
                .whereLayer("api").mayOnlyBeAccessedByLayers("app", "bench")
                .whereLayer("query").mayOnlyBeAccessedByLayers("api", "app", "bench")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("query", "api", "app", "bench")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("graph", "app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("extract", "graph", "query", "api", "app", "bench")
                .check(classes);
    }

    @Test
    void queryLogicIsIndependentOfTheWebFramework() {
        noClasses().that().resideInAnyPackage("org.tiegraph.query..", "org.tiegraph.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
                .check(classes);
    }
}
