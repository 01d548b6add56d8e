package org.tiegraph.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiegraph.graph.LoadProgress;
import org.tiegraph.query.SystemService;

/** HTTP for health (with the progress of loading at start), statistics and the schema. */
final class SystemController {

    private static final Logger LOG = LoggerFactory.getLogger(SystemController.class);

    private final SystemService system;
    private final ApiDependencies.RuntimeInfo runtime;
    private final String database;
    private final Problems problems;
    private final LoadProgress progress;

    SystemController(SystemService system, ApiDependencies.RuntimeInfo runtime, String database, Problems problems,
                     LoadProgress progress) {
        this.system = system;
        this.runtime = runtime;
        this.database = database;
        this.problems = problems;
        this.progress = progress;
    }

    /**
     * 200 with the database version, run mode and loading progress, or 503 problem+json saying what is down (while the
     * embedded database starts, that it is starting).
     */
    void health(Context ctx) {
        LoadProgress.State loading = progress.state();
        // while the database starts nothing listens yet: asking the driver would only retry and log refusals
        if (!loading.databaseStarting()) {
            try {
                ctx.json(system.health(runtime.mode(), runtime.boltUri(), runtime.version(), loading));
                return;
            } catch (Neo4jException | IllegalStateException e) {
                LOG.warn("health check failed: {}", e.getMessage());
            }
        }
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("name", database);
        db.put("reachable", false);
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("mode", runtime.mode());
        ext.put("boltUri", runtime.boltUri());
        ext.put("version", runtime.version());
        ext.put("database", db);
        ext.put("loading", loading);
        ctx.header("Retry-After", loading.databaseStarting() ? "1" : "5");
        problems.write(ctx, 503, "database-unavailable", "Database unavailable", loading.databaseStarting()
                ? "The graph database is starting; ask again in a moment." : "The graph database does not answer.",
                null, ext);
    }

    void stats(Context ctx) {
        ctx.json(system.stats());
    }

    void schema(Context ctx) {
        ctx.json(system.schema());
    }
}
