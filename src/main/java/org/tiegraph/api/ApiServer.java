package org.tiegraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.tiegraph.query.CypherRunner;
import org.tiegraph.query.DocumentService;
import org.tiegraph.query.EntityService;
import org.tiegraph.query.PassageService;
import org.tiegraph.query.PathService;
import org.tiegraph.query.SystemService;

/**
 * Builds the REST API (not started: the application calls {@code start(host, port)} and {@code stop()}): routes,
 * problem+json error handling, CORS, the OpenAPI document and Swagger UI. Controllers only translate HTTP; the
 * services in {@code org.tiegraph.query} do the work.
 */
public final class ApiServer {

    /** Origins allowed when the settings name none: the page, notebooks and dev servers on this machine. */
    static final List<String> DEFAULT_CORS_ORIGINS = List.of("http://localhost:8080", "http://127.0.0.1:8080",
            "http://localhost:8888", "http://127.0.0.1:8888", "http://localhost:3000", "http://localhost:5173");
    static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    private ApiServer() {
    }

    public static Javalin create(ApiDependencies deps) {
        return create(deps, config -> {
        });
    }

    /** The API, with a hook for the application to add its own configuration (static pages, request logging). */
    public static Javalin create(ApiDependencies deps, Consumer<JavalinConfig> customise) {
        ApiDependencies.ApiSettings settings = deps.settings();
        Duration timeout = settings != null && settings.queryTimeout() != null
                ? settings.queryTimeout() : DEFAULT_QUERY_TIMEOUT;
        List<String> origins = settings != null && settings.corsOrigins() != null && !settings.corsOrigins().isEmpty()
                ? settings.corsOrigins() : DEFAULT_CORS_ORIGINS;
        RequestBounds bounds = settings != null && settings.bounds() != null ? settings.bounds() : RequestBounds.defaults();
        ObjectMapper mapper = new ObjectMapper();

        CypherRunner cypher = new CypherRunner(deps.driver(), deps.database(), timeout,
                deps.catalogue().edgeTypes().keySet());
        EntityService entityService = new EntityService(cypher, deps.catalogue(), deps.answers());
        PathService pathService = new PathService(cypher, deps.catalogue(), entityService, deps.answers());
        DocumentService documentService = new DocumentService(cypher);
        SystemService systemService = new SystemService(cypher, deps.catalogue(), deps.database());

        Problems problems = new Problems(mapper, timeout);
        GraphResponder responder = new GraphResponder(mapper);
        EntityController entities = new EntityController(entityService, responder);
        PathController paths = new PathController(pathService, deps.catalogue(), responder, mapper);
        DocumentController documents = new DocumentController(documentService, new PassageService(cypher));
        SystemController system = new SystemController(systemService, deps.runtime(), deps.database(), problems,
                deps.progress());
        RequestGate gate = new RequestGate(bounds, timeout, problems);
        DocumentIntake intake = deps.intake() == null ? null : (file, force) -> {
            try {
                return deps.intake().load(file, force);
            } finally {
                deps.answers().graphChanged();
            }
        };
        DocumentWriteController writes = new DocumentWriteController(intake,
                settings == null ? null : settings.writeToken(), documentService, problems, bounds.maxDocumentBytes());
        DocsController docs = new DocsController(mapper, deps.runtime() == null ? null : deps.runtime().version());

        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.prefer405over404 = true;
            config.staticFiles.enableWebjars();
            new Cors(origins).register(config);
            problems.register(config);
            gate.register(config);
            // bodies up to the JSON cap arrive before a thread or a slot is taken; draining them after a refusal is free
            new UnreadBodyDrain(config.http.maxRequestSize).register(config);
            // a multipart upload is held to the document cap as a whole
            config.jetty.multipartConfig.maxFileSize(bounds.maxDocumentBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(bounds.maxDocumentBytes(), SizeUnit.BYTES);
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new ProblemErrorHandler(mapper));
                server.setHandler(new SlowBodyGuard(bounds.minBodyBytesPerSecond(), bounds.bodyGrace().toNanos(),
                        config.http.maxRequestSize));
            });

            config.routes.get("/api/health", system::health);
            config.routes.get("/api/stats", system::stats);
            config.routes.get("/api/schema", system::schema);
            config.routes.get("/api/entities", entities::search);
            config.routes.get("/api/entities/{id}", entities::entity);
            config.routes.get("/api/entities/{id}/neighborhood", entities::neighborhood);
            config.routes.get("/api/edges/{id}", entities::edge);
            config.routes.get("/api/paths", paths::paths);
            config.routes.get("/api/paths/pattern", paths::patternGet);
            config.routes.post("/api/paths/pattern", paths::patternPost);
            config.routes.get("/api/documents", documents::documents);
            config.routes.post("/api/documents", writes::add);
            config.routes.get("/api/documents/{id}", documents::document);
            config.routes.post("/api/documents/{id}/reload", writes::reload);
            config.routes.get("/api/documents/{id}/report", documents::report);
            config.routes.get("/api/documents/{id}/passage", documents::passage);
            config.routes.get("/api/documents/{id}/footnotes", documents::footnotes);
            config.routes.get("/api/sentences/{id}", documents::sentence);
            config.routes.get("/api/sources", documents::sources);
            config.routes.get("/openapi.json", docs::openApi);
            config.routes.get("/docs", docs::docs);
            config.routes.get("/documents/{id}", DocumentPage::serve);
            customise.accept(config);
        });
    }
}
