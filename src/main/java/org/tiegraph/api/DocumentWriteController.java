package org.tiegraph.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.ingest.DocumentFinder;
import org.tiegraph.query.DocumentService;
import org.tiegraph.query.InvalidParameterException;

/**
 * The write endpoints: {@code POST /api/documents} (the body is the document and {@code filename} names it, or a
 * multipart form with the document as part {@code file}; metadata as parameters or fields) and
 * {@code POST /api/documents/{id}/reload}. Both need the bearer write token; both load through the application's
 * {@link DocumentIntake}, one write at a time (outside the read lanes), and answer the load report (201 loaded, 200
 * unchanged or duplicate, 422 failed), which names the file but never a folder of the server; a write that waits too
 * long is refused with a Retry-After from recent load times.
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
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxDocumentBytes) {
            tooLarge(ctx);
            return;
        }
        boolean multipart = ctx.isMultipartFormData();
        UploadedFile part = multipart ? filePart(ctx) : null;
        String given = StagedUpload.field(ctx, "filename");
        String fileName = fileName(given == null && part != null ? lastSegment(part.filename()) : given);
        boolean force = Params.bool(ctx, "force", false);
        Map<String, String> metadata = StagedUpload.metadata(ctx);
        byte[] content;
        try (InputStream in = multipart ? part.content() : ctx.bodyInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        } catch (IOException e) {
            throw new InvalidParameterException(multipart ? "file" : "body", "the document could not be read: the body "
                    + "ended before its declared length, or its encoding is malformed; send it again whole");
        }
        if (content.length > maxDocumentBytes) {
            tooLarge(ctx);
            return;
        }
        if (content.length == 0) {
            throw new InvalidParameterException(multipart ? "file" : "body", multipart
                    ? "the 'file' part is empty; attach the document itself"
                    : "the request body is empty; send the document itself as the body");
        }
        try (StagedUpload staged = StagedUpload.stage(fileName, content, metadata)) {
            answer(ctx, loadAlone(ctx, staged.file(), force));
        }
    }

    /** The document part of a multipart upload, named {@code file}. */
    private static UploadedFile filePart(Context ctx) {
        UploadedFile part;
        try {
            part = ctx.uploadedFile("file");
        } catch (RuntimeException e) {
            if (Problems.unreadableBody(e) > 0) {
                throw e;
            }
            throw new InvalidParameterException("file", "the multipart body could not be read; send the document as a "
                    + "part named 'file'");
        }
        if (part == null) {
            throw new InvalidParameterException("file", "a multipart upload needs the document as a part named 'file'");
        }
        return part;
    }

    void reload(Context ctx) throws InterruptedException {
        if (!authorised(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        Path file = documents.sourceFile(id).map(Path::of).orElse(null);
        if (file == null || !Files.isRegularFile(file)) {
            problems.write(ctx, 409, "source-file-gone", "Source file unavailable",
                    "Document '" + id + "' came from a file this server can no longer read (an upload is not kept); "
                            + "upload it again with POST /api/documents.", "id", Map.of());
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
            case LoadReport.DUPLICATE -> ctx.status(200).header("Location", "/api/documents/" + report.documentId())
                    .json(report);
            default -> problems.write(ctx, 422, "document-not-loaded", "Document not loaded",
                    report.message() == null ? "the document could not be loaded" : report.message(), "body",
                    Map.of("report", report));
        }
    }

    private void tooLarge(Context ctx) {
        problems.write(ctx, 413, "document-too-large", "Document too large",
                "The document is larger than the upload cap of " + maxDocumentBytes + " bytes.", "body", Map.of());
    }

    /** A client's file name without the folders some browsers send along. */
    private static String lastSegment(String name) {
        return name == null ? null : name.replaceAll(".*[/\\\\]", "");
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
}
