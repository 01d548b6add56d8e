package org.tiegraph.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.ingest.DocumentFinder;
import org.tiegraph.query.DocumentService;
import org.tiegraph.query.InvalidParameterException;

/**
 * The write endpoints: {@code POST /api/documents?filename=...} (the body is the document) and
 * {@code POST /api/documents/{id}/reload}. Both need the bearer write token; both load through the application's
 * {@link DocumentIntake}, one write at a time (outside the read lanes), and answer the load report (201 loaded, 200
 * unchanged, 422 failed); a write that waits too long is refused with a Retry-After from recent load times.
 */
final class DocumentWriteController {

    /** How long a write waits for another write to finish before it is refused with 429. */
    private static final long WRITE_WAIT_SECONDS = 30;
    private static final int MAX_FILENAME = 200;

    private final DocumentIntake intake;
    private final WriteAccess access;
    private final DocumentService documents;
    private final Problems problems;
    private final long maxDocumentBytes;
    private final ReentrantLock oneWriteAtATime = new ReentrantLock(true);
    private final AtomicInteger waitingWrites = new AtomicInteger();
    private final LaneStats writeTimes = new LaneStats(java.time.Duration.ofSeconds(1));

    DocumentWriteController(DocumentIntake intake, String writeToken, DocumentService documents, Problems problems,
                            long maxDocumentBytes) {
        this.intake = intake;
        this.access = new WriteAccess(writeToken, intake != null);
        this.documents = documents;
        this.problems = problems;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    void add(Context ctx) throws InterruptedException {
        if (!authorised(ctx)) {
            return;
        }
        String fileName = fileName(ctx.queryParam("filename"));
        boolean force = Params.bool(ctx, "force", false);
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxDocumentBytes) {
            tooLarge(ctx);
            return;
        }
        byte[] content;
        try (InputStream in = ctx.bodyInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        } catch (IOException e) {
            throw new InvalidParameterException("body", "the document body could not be read: " + e.getMessage());
        }
        if (content.length > maxDocumentBytes) {
            tooLarge(ctx);
            return;
        }
        if (content.length == 0) {
            throw new InvalidParameterException("body", "the request body is empty; send the document itself as the body");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("tiegraph-upload-");
            Path file = Files.write(folder.resolve(fileName), content);
            LoadReport report = loadAlone(ctx, file, force);
            answer(ctx, report == null ? null : report.shownAs(file, fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the uploaded document", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    void reload(Context ctx) throws InterruptedException {
        if (!authorised(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        Object stored = documents.document(id).metadata().get("path");
        Path file = stored == null ? null : Path.of(stored.toString());
        if (file == null || !Files.isRegularFile(file)) {
            problems.write(ctx, 409, "source-file-gone", "Source file unavailable",
                    "Document '" + id + "' was loaded from a file this server can no longer read (uploads are not "
                            + "kept); upload it again with POST /api/documents.",
                    "id", Map.of());
            return;
        }
        answer(ctx, loadAlone(ctx, file, true));
    }

    private boolean authorised(Context ctx) {
        WriteAccess.Refusal refusal = access.check(ctx);
        if (refusal == null) {
            return true;
        }
        switch (refusal) {
            case DISABLED -> problems.write(ctx, 403, "writes-disabled", "Writes disabled",
                    "Writes are disabled on this server: it was started without a write token "
                            + "(set TIEGRAPH_WRITE_TOKEN or --write-token-file to enable them).", null, Map.of());
            case LOCKED -> {
                long retry = access.lockedForSeconds(ctx);
                ctx.header("Retry-After", Long.toString(retry));
                problems.write(ctx, 429, "write-token-lockout", "Too many wrong write tokens",
                        "This address sent " + WriteAccess.MAX_FAILURES + " wrong write tokens within "
                                + WriteAccess.LOCKOUT.toSeconds() + " s; its writes are refused for another " + retry
                                + " s.", null, Map.of("retryAfterSeconds", retry));
            }
            case MISSING -> {
                ctx.header("WWW-Authenticate", "Bearer realm=\"tiegraph\"");
                problems.write(ctx, 401, "unauthorized", "Unauthorized",
                        "This endpoint writes to the graph and needs the header 'Authorization: Bearer <write token>'.",
                        null, Map.of());
            }
            case WRONG -> {
                ctx.header("WWW-Authenticate", "Bearer realm=\"tiegraph\", error=\"invalid_token\"");
                problems.write(ctx, 401, "unauthorized", "Unauthorized", "The bearer token is not the write token.",
                        null, Map.of());
            }
        }
        return false;
    }

    private LoadReport loadAlone(Context ctx, Path file, boolean force) throws InterruptedException {
        boolean locked;
        waitingWrites.incrementAndGet();
        try {
            locked = oneWriteAtATime.tryLock(WRITE_WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            waitingWrites.decrementAndGet();
        }
        if (!locked) {
            long retry = writeTimes.retryAfterSeconds(1 + waitingWrites.get(), 1);
            ctx.header("Retry-After", Long.toString(retry));
            problems.write(ctx, 429, "write-busy", "Another write is running",
                    "Another document has been loading for over " + WRITE_WAIT_SECONDS + " s, with "
                            + waitingWrites.get() + " more waiting; from recent loads, retry after " + retry + " s.",
                    null, Map.of("retryAfterSeconds", retry));
            return null;
        }
        long t0 = System.nanoTime();
        try {
            return intake.load(file, force);
        } finally {
            writeTimes.record(System.nanoTime() - t0);
            oneWriteAtATime.unlock();
        }
    }

    /** Answers the report; a null report means the write was refused and already answered. */
    private void answer(Context ctx, LoadReport report) {
        if (report == null) {
            return;
        }
        switch (report.status()) {
            case LoadReport.LOADED -> ctx.status(201).header("Location", "/api/documents/" + report.documentId()).json(report);
            case LoadReport.UNCHANGED -> ctx.status(200).json(report);
            default -> problems.write(ctx, 422, "document-not-loaded", "Document not loaded",
                    report.message() == null ? "the document could not be loaded" : report.message(), "body",
                    Map.of("report", report));
        }
    }

    private void tooLarge(Context ctx) {
        problems.write(ctx, 413, "document-too-large", "Document too large",
                "The document is larger than the upload cap of " + maxDocumentBytes + " bytes.", "body", Map.of());
    }

    /** The upload's file name: a plain name (no folders) with an extension the reader understands. */
    static String fileName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("filename", "filename is required (e.g. filename=report.pdf); its "
                    + "extension says the format: " + String.join(", ", DocumentFinder.SUPPORTED_EXTENSIONS.stream().sorted().toList()));
        }
        String name = raw.strip();
        if (name.length() > MAX_FILENAME || !name.matches("[\\p{L}\\p{N} ._()\\-]+") || name.startsWith(".")) {
            throw new InvalidParameterException("filename", "filename must be a plain file name of at most "
                    + MAX_FILENAME + " letters, digits, spaces and . _ - ( ) — no folders");
        }
        if (!DocumentFinder.SUPPORTED_EXTENSIONS.contains(DocumentFinder.extension(Path.of(name)))) {
            throw new InvalidParameterException("filename", "filename '" + name + "' has no supported extension ("
                    + String.join(", ", DocumentFinder.SUPPORTED_EXTENSIONS.stream().sorted().toList()) + ")");
        }
        return name;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
