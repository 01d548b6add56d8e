package org.tiegraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tiegraph.query.InvalidParameterException;

/**
 * An uploaded document staged for the loader: its bytes under its plain file name in a temporary folder, beside a
 * metadata sidecar made of the request's fields (title, date, author, source, venue, kind), exactly as the loader
 * reads a document from disk. Closing deletes the folder.
 */
final class StagedUpload implements AutoCloseable {

    /** The metadata fields an upload may carry, as query parameters or multipart form fields. */
    static final List<String> FIELDS = List.of("title", "date", "author", "source", "venue", "kind");
    private static final int MAX_FIELD = 500;
    private static final int MAX_SOURCE = 2_000;
    private static final String DATE = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path folder;
    private final Path file;

    private StagedUpload(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** The metadata fields of the request (query parameters, else multipart fields), checked; absent ones left out. */
    static Map<String, String> metadata(Context ctx) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = field(ctx, field);
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.strip();
            int max = field.equals("source") ? MAX_SOURCE : MAX_FIELD;
            if (value.length() > max || value.chars().anyMatch(c -> Character.isISOControl(c))) {
                throw new InvalidParameterException(field, field + " must be one line of at most " + max + " characters");
            }
            if (field.equals("date") && !value.matches(DATE)) {
                throw new InvalidParameterException(field, "date must be a year or an ISO date, e.g. 2025, 2025-03 or "
                        + "2025-03-14");
            }
            metadata.put(field, value);
        }
        return metadata;
    }

    /** A request field: the query parameter, else (in a multipart request) the form field. */
    static String field(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null && ctx.isMultipartFormData() ? ctx.formParam(name) : value;
    }

    /** Writes {@code content} as {@code fileName}, with a sidecar holding {@code metadata} when there is any. */
    static StagedUpload stage(String fileName, byte[] content, Map<String, String> metadata) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("tiegraph-upload-");
            Path file = Files.write(folder.resolve(fileName), content);
            if (!metadata.isEmpty()) {
                String base = fileName.substring(0, fileName.lastIndexOf('.'));
                YAML.writeValue(folder.resolve(base + ".meta.yaml").toFile(), metadata);
            }
            return new StagedUpload(folder, file);
        } catch (IOException e) {
            delete(folder);
            throw new UncheckedIOException("cannot stage the uploaded document", e);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static void delete(Path folder) {
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
