package org.tiegraph.app;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.api.ApiServer;
import org.tiegraph.api.RequestBounds;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.LoadProgress;
import org.tiegraph.graph.SchemaApplier;
import org.tiegraph.ingest.DocumentException;
import org.tiegraph.ingest.DocumentFinder;
import org.tiegraph.query.AnswerCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the API and web page first, then the graph (embedded or external) and its schema, then warm-up and
 * the documents in the background, with progress in {@code /api/health}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the explorer: the REST API and web page, Neo4j (embedded unless --neo4j-uri), then the "
                + "schema and the documents from seeds/ and --documents in the background (progress in /api/health; "
                + "queries answer from what is loaded meanwhile). Stops cleanly on SIGTERM/Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /** Bound of the answer cache: about this many nodes, edges and evidence items (some hundreds of MB at most). */
    private static final long ANSWER_CACHE_WEIGHT = 200_000;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", defaultValue = "${env:TIEGRAPH_PORT:-8080}", paramLabel = "PORT",
            description = "HTTP port of the API and web page (env TIEGRAPH_PORT; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:TIEGRAPH_HOST:-127.0.0.1}", paramLabel = "HOST",
            description = "Address the API binds to; 0.0.0.0 for all (env TIEGRAPH_HOST; default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--seeds", defaultValue = "${env:TIEGRAPH_SEEDS:-./seeds}", paramLabel = "DIR",
            description = "The seed documents folder, loaded at start (env TIEGRAPH_SEEDS; default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--no-seeds", description = "Do not load the seeds folder (use --documents instead).")
    boolean noSeeds;

    @Option(names = "--documents", arity = "1..*", paramLabel = "DIR",
            description = "More documents or folders to load at start, in addition to seeds/ "
                    + "(env TIEGRAPH_DOCUMENTS, separated by ':').")
    List<Path> documents = new ArrayList<>();

    @Option(names = "--force-reload", description = "Reload every document even when its content is unchanged.")
    boolean forceReload;

    @Option(names = "--cors-origins", defaultValue = "${env:TIEGRAPH_CORS_ORIGINS}",
            split = ",", paramLabel = "ORIGIN",
            description = "Origins allowed by CORS, comma-separated (env TIEGRAPH_CORS_ORIGINS; default: localhost origins "
                    + "of the page, Jupyter and common dev servers).")
    List<String> corsOrigins;

    @Option(names = "--query-timeout", defaultValue = "${env:TIEGRAPH_QUERY_TIMEOUT:-PT10S}", paramLabel = "DURATION",
            converter = DatabaseOptions.DurationConverter.class,
            description = "How long one API request may spend in the database, all of its queries together; beyond "
                    + "it the request answers 504 (env TIEGRAPH_QUERY_TIMEOUT; default: ${DEFAULT-VALUE}).")
    Duration queryTimeout;

    @Option(names = "--write-token", hidden = true, paramLabel = "TOKEN",
            description = "Refused: the command line shows in ps. Use --write-token-file or TIEGRAPH_WRITE_TOKEN.")
    String writeTokenOnCommandLine;

    @Option(names = "--write-token-file", defaultValue = "${env:TIEGRAPH_WRITE_TOKEN_FILE}", paramLabel = "FILE",
            description = "File whose first line is the bearer token (at least 16 characters) that enables the write "
                    + "endpoints (POST /api/documents); or set the token itself in TIEGRAPH_WRITE_TOKEN. Unset: writes "
                    + "are off (env TIEGRAPH_WRITE_TOKEN_FILE).")
    Path writeTokenFile;

    @Option(names = "--max-in-flight", defaultValue = "${env:TIEGRAPH_MAX_IN_FLIGHT:-0}", paramLabel = "N",
            description = "Light API requests (search, entities, documents) served at once; more wait 200 ms, then get "
                    + "429 with Retry-After. 0: 8 per core, at least 16 (env TIEGRAPH_MAX_IN_FLIGHT; default: "
                    + "${DEFAULT-VALUE}).")
    int maxInFlight;

    @Option(names = "--max-heavy-in-flight", defaultValue = "${env:TIEGRAPH_MAX_HEAVY_IN_FLIGHT:-0}", paramLabel = "N",
            description = "Heavy API requests (neighbourhoods, paths, patterns, statistics) served at once; four per "
                    + "slot wait up to 5 s, more get 429. 0: one per core, at least 2 (env TIEGRAPH_MAX_HEAVY_IN_FLIGHT; "
                    + "default: ${DEFAULT-VALUE}).")
    int maxHeavyInFlight;

    @Option(names = "--answer-cache-ttl", defaultValue = "${env:TIEGRAPH_ANSWER_CACHE_TTL:-PT5M}", paramLabel = "DURATION",
            converter = DatabaseOptions.DurationConverter.class,
            description = "How long a read answer (search, entity, neighbourhood, paths, pattern) is kept for repeated "
                    + "questions; PT0S turns the cache off. Any committed write empties it in embedded mode, and "
                    + "documents loaded through the API empty it in both modes; with an external database, changes by "
                    + "other clients show within this time (env TIEGRAPH_ANSWER_CACHE_TTL; default: ${DEFAULT-VALUE}).")
    Duration answerCacheTtl;

    @Override
    public Integer call() throws InterruptedException {
        ApiDependencies.ApiSettings settings;
        try {
            settings = new ApiDependencies.ApiSettings(corsOrigins, queryTimeout,
                    WriteToken.resolve(writeTokenOnCommandLine, writeTokenFile, System.getenv("TIEGRAPH_WRITE_TOKEN")),
                    RequestBounds.withMaxInFlight(maxInFlight).withHeavyInFlight(maxHeavyInFlight));
            database.check();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("tiegraph: " + e.getMessage());
            return 2;
        }
        Catalogue catalogue = Catalogue.load();
        List<Path> files = documentFiles();
        GraphConnection graph = GraphConnection.prepare(database, Main.version());
        LoadProgress progress = new LoadProgress();
        AnswerCache answers = AnswerCache.of(answerCacheTtl, ANSWER_CACHE_WEIGHT);
        String local = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        BackgroundLoading loading;
        Javalin api;
        String base;
        try {
            // the API answers first (health says the database is starting), so a large store never delays the page
            loading = new BackgroundLoading(graph, catalogue, files, forceReload, progress, answers::graphChanged);
            api = ApiServer.create(new ApiDependencies(graph.driver(), graph.database(), catalogue, graph.runtime(),
                    settings, loading::loadOne, answers, progress),
                    config -> config.staticFiles.add("/public", Location.CLASSPATH));
            api.start(host, port);
            base = "http://" + (local.contains(":") ? "[" + local + "]" : local) + ":" + api.port();
            LOG.info("API and page on http://localhost:{}/ while the database starts", api.port());
            startDatabase(graph, api, answers, progress, base);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread loader = loading.start(new QueryWarmUp(base));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            loading.stop();
            api.stop();
            join(loader);
            if (graph.dataDir() != null) {
                ServerFile.remove(graph.dataDir());
            }
            graph.close();
            LOG.info("stopped cleanly");
            stopped.countDown();
        }, "tiegraph-shutdown"));
        System.out.printf("tiegraph is up: http://localhost:%d/ (API /api, docs /docs), Neo4j %s mode, Bolt %s%s; "
                        + "loading %d documents in the background (progress in /api/health)%n",
                api.port(), graph.runtime().mode(), graph.runtime().boltUri(),
                graph.embedded() != null && graph.embedded().browserPort() > 0
                        ? ", Neo4j Browser " + graph.embedded().browserUrl() + " (user " + EmbeddedNeo4j.USER + ", "
                        + EmbeddedPassword.hint(database.dataDir.toAbsolutePath().normalize(), database.givenPassword())
                        + ")" : "",
                files.size());
        stopped.await();
        return 0;
    }

    /**
     * Starts the database behind the running API and applies the schema (health says the database is starting until
     * then, so no query meets a missing index); on failure the API stops too.
     */
    private static void startDatabase(GraphConnection graph, Javalin api, AnswerCache answers, LoadProgress progress,
                                      String base) {
        try {
            graph.start();
            new SchemaApplier(graph.driver(), graph.database()).apply();
        } catch (RuntimeException e) {
            api.stop();
            throw e;
        }
        progress.phase("preparing");
        if (graph.embedded() != null) {
            graph.embedded().onGraphChange(answers::graphChanged);
            ServerFile.write(graph.dataDir(), base, Main.version());
        }
    }

    /** Waits a little for the document in hand, so the store closes after its transaction rather than in it. */
    private static void join(Thread loader) {
        try {
            loader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The documents to load, found now so a missing folder is refused before anything starts. */
    private List<Path> documentFiles() {
        try {
            return new DocumentFinder().find(documentsToLoad());
        } catch (DocumentException e) {
            throw new StartFailure("cannot load " + e.path() + ": " + e.reason());
        }
    }

    private List<Path> documentsToLoad() {
        List<Path> out = new ArrayList<>();
        if (!noSeeds && Files.isDirectory(seeds)) {
            out.add(seeds);
        } else if (!noSeeds) {
            LOG.warn("seeds folder {} not found; no seed documents loaded", seeds.toAbsolutePath());
        }
        out.addAll(documents);
        String fromEnv = System.getenv("TIEGRAPH_DOCUMENTS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            Arrays.stream(fromEnv.split(":")).filter(s -> !s.isBlank()).map(Path::of).forEach(out::add);
        }
        return out;
    }
}
