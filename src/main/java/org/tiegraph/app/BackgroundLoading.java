package org.tiegraph.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiegraph.api.DocumentIntake;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.LoadProgress;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.graph.LoadService;

/**
 * What follows once the API answers and the database is up with its schema, on one background thread: a query
 * warm-up, the loader (with the extractor's models) and a rehearsal of its writes, then every document given at start, one at a
 * time, with progress for health and the page. Queries answer from what is loaded meanwhile.
 */
final class BackgroundLoading {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoading.class);

    private final GraphConnection graph;
    private final Catalogue catalogue;
    private final List<Path> files;
    private final boolean force;
    private final LoadProgress progress;
    private final Runnable graphChanged;
    private final CompletableFuture<LoadService> loader = new CompletableFuture<>();
    private volatile boolean stopping;

    /**
     * {@code files}: the documents to load, in order; {@code graphChanged}: called after each document that changed
     * the graph.
     */
    BackgroundLoading(GraphConnection graph, Catalogue catalogue, List<Path> files, boolean force, LoadProgress progress,
                      Runnable graphChanged) {
        this.graph = graph;
        this.catalogue = catalogue;
        this.files = List.copyOf(files);
        this.force = force;
        this.progress = progress;
        this.graphChanged = graphChanged;
    }

    /**
     * Starts the work on a daemon thread; {@code warmUp} is asked before the documents, and again after the first one
     * when the graph was empty.
     */
    Thread start(QueryWarmUp warmUp) {
        return Thread.ofPlatform().name("tiegraph-loading").daemon(true).start(() -> run(warmUp));
    }

    /** Loads one document through the loader once it is ready (an upload arriving early waits for it). */
    LoadReport loadOne(Path file, boolean force) {
        LoadService service;
        try {
            service = loader.join();
        } catch (CompletionException e) {
            throw new DocumentIntake.Unavailable("the loader did not start (" + e.getCause().getMessage()
                    + "); documents cannot be loaded until the server is restarted");
        }
        return service.loadOne(file, force);
    }

    /** Asks the loading to stop after the document in hand. */
    void stop() {
        stopping = true;
    }

    private void run(QueryWarmUp warmUp) {
        try {
            progress.phase("warming up queries");
            boolean warm = warmUp.run();
            progress.phase("preparing the loader");
            LoadService service = new LoadService(graph.driver(), graph.database(), catalogue);
            long t0 = System.nanoTime();
            service.rehearse();
            LOG.info("loader ready (rehearsal {} ms)", (System.nanoTime() - t0) / 1_000_000);
            loader.complete(service);
            progress.documents(files.size());
            List<LoadReport> reports = new ArrayList<>();
            for (Path file : files) {
                if (stopping) {
                    progress.gaveUp("the server is stopping");
                    return;
                }
                progress.reading(file.getFileName().toString());
                LoadReport report = service.loadOne(file, force);
                reports.add(report);
                progress.tried(report.status().equals(LoadReport.FAILED));
                LOG.info("[{}/{}] {}", reports.size(), files.size(), report.summary());
                if (report.status().equals(LoadReport.LOADED)) {
                    graphChanged.run();
                    warm = warm || warmUp.run();
                }
            }
            LoadReports.print(reports, System.out);
            progress.finished();
        } catch (RuntimeException e) {
            stopped(e, e.getMessage());
        } catch (OutOfMemoryError e) {
            // the language models alone need about 1 GB: say so instead of leaving uploads waiting for a loader
            stopped(e, "out of memory (the heap is " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB; the language models need about 1 GB: give the JVM -Xmx2g or more)");
        }
    }

    private void stopped(Throwable e, String why) {
        loader.completeExceptionally(new IllegalStateException(why, e));
        progress.gaveUp(stopping ? "the server is stopping" : "loading stopped: " + why);
        if (!stopping) {
            LOG.error("loading at start stopped: {}", why, e);
        }
    }
}
