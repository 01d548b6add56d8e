package org.tiegraph.app;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.tiegraph.extract.Catalogue;
import org.tiegraph.graph.LoadService;
import org.tiegraph.graph.SchemaApplier;
import org.tiegraph.query.AnswerCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: graph up (embedded or external), schema applied, documents loaded, API and web page served. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the explorer: Neo4j (embedded unless --neo4j-uri), schema, documents from seeds/ and "
                + "--documents, then the REST API and web page. Stops cleanly on SIGTERM/Ctrl-C.")
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
        GraphConnection graph = GraphConnection.open(database, Main.version());
        CountDownLatch stopped = new CountDownLatch(1);
        Javalin api;
        try {
            AnswerCache answers = AnswerCache.of(answerCacheTtl, ANSWER_CACHE_WEIGHT);
            if (graph.embedded() != null) {
                graph.embedded().onGraphChange(answers::graphChanged);
            }
            new SchemaApplier(graph.driver(), graph.database()).apply();
            LoadService loader = new LoadService(graph.driver(), graph.database(), catalogue);
            List<Path> toLoad = documentsToLoad();
            if (!toLoad.isEmpty()) {
                LoadReports.print(loader.load(toLoad, forceReload, r -> { }), System.out);
            }
            api = ApiServer.create(new ApiDependencies(graph.driver(), graph.database(), catalogue, graph.runtime(),
                    settings,
                    loader::loadOne, answers),
                    config -> config.staticFiles.add("/public", Location.CLASSPATH));
            api.start(host, port);
            warmUp(host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host, api.port());
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            api.stop();
            graph.close();
            LOG.info("stopped cleanly");
            stopped.countDown();
        }, "tiegraph-shutdown"));
        System.out.printf("tiegraph is up: http://localhost:%d/ (API /api, docs /docs), Neo4j %s mode, Bolt %s%s%n",
                api.port(), graph.runtime().mode(), graph.runtime().boltUri(),
                graph.embedded() != null && graph.embedded().browserPort() > 0
                        ? ", Neo4j Browser " + graph.embedded().browserUrl() + " (user " + EmbeddedNeo4j.USER + ", "
                        + EmbeddedPassword.hint(database.dataDir.toAbsolutePath().normalize(), database.givenPassword())
                        + ")" : "");
        stopped.await();
        return 0;
    }

    /**
     * Plans the API's heaviest statements (stats and schema count every label and type) in the background, so the
     * first person to ask does not wait for Cypher planning on a cold JVM.
     */
    private static void warmUp(String host, int port) {
        Thread.ofVirtual().name("tiegraph-warm-up").start(() -> {
            try (HttpClient http = HttpClient.newHttpClient()) {
                for (String path : List.of("/api/stats", "/api/schema")) {
                    http.send(HttpRequest.newBuilder(URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + path)).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            } catch (java.io.IOException | RuntimeException e) {
                LOG.debug("warm-up request failed: {}", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
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
