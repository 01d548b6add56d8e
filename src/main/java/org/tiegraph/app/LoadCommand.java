package org.tiegraph.app;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.graph.LoadService;
import org.tiegraph.graph.SchemaApplier;
import org.tiegraph.ingest.DocumentException;
import org.tiegraph.ingest.DocumentFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load PATH...}: loads documents or folders and prints a load report: through the tiegraph server running on the
 * data folder when there is one (its {@code server.json}), else straight into the configured database.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load documents (.txt .md .html .pdf) or folders, then exit. When a tiegraph server runs on the "
                + "data folder, the documents go through its API (with the write token it was started with); otherwise "
                + "straight into the configured database. Exit code 1 when a document failed, 2 when nothing could be "
                + "loaded.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents or folders to load.")
    List<Path> paths;

    @Option(names = "--force", description = "Reload documents even when their content is unchanged.")
    boolean force;

    @Option(names = "--write-token", hidden = true, paramLabel = "TOKEN",
            description = "Refused: the command line shows in ps. Use --write-token-file or TIEGRAPH_WRITE_TOKEN.")
    String writeTokenOnCommandLine;

    @Option(names = "--write-token-file", defaultValue = "${env:TIEGRAPH_WRITE_TOKEN_FILE}", paramLabel = "FILE",
            description = "A file whose first line is the running server's write token, to load through it; or set "
                    + "the token itself in TIEGRAPH_WRITE_TOKEN (env TIEGRAPH_WRITE_TOKEN_FILE).")
    Path writeTokenFile;

    @Override
    public Integer call() {
        String token;
        try {
            token = WriteToken.resolve(writeTokenOnCommandLine, writeTokenFile, System.getenv("TIEGRAPH_WRITE_TOKEN"));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new StartFailure(e.getMessage());
        }
        List<Path> files;
        try {
            files = new DocumentFinder().find(paths);
        } catch (DocumentException e) {
            throw new StartFailure("cannot load " + e.path() + ": " + e.reason());
        }
        if (!database.external.given()) {
            Path data = database.dataDir.toAbsolutePath().normalize();
            var server = ServerFile.running(data);
            if (server.isPresent()) {
                if (token == null) {
                    throw new StartFailure("the tiegraph server at " + server.get().url() + " (process "
                            + server.get().pid() + ") holds " + data + "; to load through it, set TIEGRAPH_WRITE_TOKEN "
                            + "(or --write-token-file FILE) to the write token it was started with");
                }
                System.out.println("loading through the tiegraph server at " + server.get().url());
                return new ServerUpload(server.get().url(), token).load(files, force, System.out);
            }
        }
        Catalogue catalogue = Catalogue.load();
        try (GraphConnection graph = GraphConnection.open(database, Main.version())) {
            new SchemaApplier(graph.driver(), graph.database()).apply();
            List<LoadReport> reports = new LoadService(graph.driver(), graph.database(), catalogue)
                    .load(files, force, r -> System.out.println(r.summary()));
            LoadReports.print(reports, System.out);
            return reports.stream().anyMatch(r -> r.status().equals(LoadReport.FAILED)) ? 1 : 0;
        }
    }
}
