package org.tiegraph.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tiegraph.extract.Catalogue;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.graph.LoadService;
import org.tiegraph.graph.SchemaApplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load PATH...}: loads documents or folders into the configured database and prints a load report. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load documents (.txt .md .html .pdf) or folders into the configured database, then exit. "
                + "Exit code 1 when a document failed.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents or folders to load.")
    List<Path> paths;

    @Option(names = "--force", description = "Reload documents even when their content is unchanged.")
    boolean force;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.load();
        try (GraphConnection graph = GraphConnection.open(database, Main.version())) {
            new SchemaApplier(graph.driver(), graph.database()).apply();
            List<LoadReport> reports = new LoadService(graph.driver(), graph.database(), catalogue)
                    .load(paths, force, r -> System.out.println(r.summary()));
            LoadReports.print(reports, System.out);
            return reports.stream().anyMatch(r -> r.status().equals(LoadReport.FAILED)) ? 1 : 0;
        }
    }
}
