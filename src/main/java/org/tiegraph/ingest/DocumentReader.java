package org.tiegraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one document file (txt, md, html, pdf) and its optional {@code <basename>.meta.yaml} sidecar into a
 * {@link RawDocument} with a stable id, plain text and metadata, within bounds: file size, text length, PDF pages and
 * expansion, and the deadline of the load it is part of.
 */
public final class DocumentReader {

    /** Files larger than this are refused. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** A first line longer than this is prose, not a title: the file name stands in. */
    static final int MAX_TITLE = 150;
    /**
     * Documents whose text is longer are refused: about 300 pages. What one document's load (parsed sentence by
     * sentence, then written in one transaction) finishes well within its time limit on two cores: a text of this
     * length took 50 s (SECURITY.md has the measurements).
     */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** PDFs with more pages are refused. */
    public static final int MAX_PDF_PAGES = 2_000;
    /** A compressed PDF stream (page content, font, object stream) may expand to this many bytes at most. */
    public static final long MAX_PDF_STREAM_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");

    private final Instant deadline;

    /** A reader without a deadline. */
    public DocumentReader() {
        this(Instant.MAX);
    }

    /** A reader that gives up on a PDF once {@code deadline} passes. */
    public DocumentReader(Instant deadline) {
        this.deadline = deadline;
    }

    /**
     * Reads a document.
     *
     * @throws DocumentException when the file is missing, too large, empty, binary, not valid UTF-8, an unreadable or
     *                           text-less PDF, of an unsupported type, or has a malformed sidecar
     */
    public RawDocument read(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new DocumentException(path, "no such file");
        }
        String format = DocumentFinder.extension(path);
        if (!DocumentFinder.SUPPORTED_EXTENSIONS.contains(format)) {
            throw new DocumentException(path, "unsupported file type '." + format + "'; supported: "
                    + DocumentFinder.SUPPORTED_EXTENSIONS);
        }
        byte[] bytes = readBytes(path);
        Extracted extracted = switch (format) {
            case "pdf" -> readPdf(path, bytes, deadline);
            case "html", "htm" -> readHtml(path, bytes);
            case "md", "markdown" -> readMarkdown(path, bytes);
            default -> readPlainText(path, bytes);
        };
        String text = extracted.text();
        if (text.isBlank()) {
            throw new DocumentException(path, "the document contains no text");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new DocumentException(path, "the text has " + text.length() + " characters; documents over "
                    + MAX_TEXT_CHARS + " characters are refused (split it into smaller files)");
        }
        Map<String, String> metadata = new LinkedHashMap<>(extracted.metadata());
        metadata.putAll(readSidecar(path));
        // NUL bytes are refused in a text and dropped from what a document says about itself (a PDF's title, a
        // sidecar's "\0"), so none is ever stored
        metadata.replaceAll((field, value) -> value.replace("\u0000", ""));
        String title = (metadata.getOrDefault("title", "").isBlank() ? extracted.title() : metadata.get("title"))
                .replace("\u0000", "");
        if (title.strip().length() > MAX_TITLE) {
            title = baseName(path).replaceAll("[-_]+", " ");
        }
        return new RawDocument(slug(baseName(path)), path.toString(), format, title.strip(), metadata, text,
                sha256(text));
    }

    /** The text a file holds, the title it gives, and the metadata it declares itself (front matter, HTML meta). */
    private record Extracted(String text, String title, Map<String, String> metadata) {

        Extracted(String text, String title) {
            this(text, title, Map.of());
        }
    }

    private static byte[] readBytes(Path path) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new DocumentException(path, "the file is " + (size / (1024 * 1024)) + " MB; documents over "
                        + (MAX_BYTES / (1024 * 1024)) + " MB are refused (split it into smaller files)");
            }
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length == 0) {
                throw new DocumentException(path, "the file is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new DocumentException(path, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static Extracted readPlainText(Path path, byte[] bytes) {
        FrontMatter.Split split = FrontMatter.split(decodeUtf8Text(path, bytes));
        return new Extracted(split.body(), firstNonEmptyLine(split.body()), split.metadata());
    }

    private static Extracted readMarkdown(Path path, byte[] bytes) {
        FrontMatter.Split split = FrontMatter.split(decodeUtf8Text(path, bytes));
        String text = split.body();
        Matcher heading = MARKDOWN_HEADING.matcher(text);
        String title = split.metadata().getOrDefault("title", "");
        return new Extracted(text, !title.isBlank() ? title : heading.find() ? heading.group(1).strip()
                : firstNonEmptyLine(text), split.metadata());
    }

    private static Extracted readHtml(Path path, byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new DocumentException(path, "the file looks binary (it contains NUL bytes), not HTML text");
        }
        try {
            org.jsoup.nodes.Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null,
                    path.toUri().toString());
            String title = HtmlText.title(page);
            Map<String, String> metadata = HtmlText.metadata(page);
            String text = HtmlText.render(page);
            return new Extracted(text, title.isEmpty() ? firstNonEmptyLine(text) : title, metadata);
        } catch (IOException e) {
            throw new DocumentException(path, "cannot parse the HTML: " + e.getMessage(), e);
        }
    }

    private static Extracted readPdf(Path path, byte[] bytes, Instant deadline) {
        PdfText.Result pdf = PdfText.read(path, bytes, deadline);
        // NFKC turns ligatures ("ﬁrms") into letters and superscript footnote digits into digits; NULs stand for
        // glyphs without a character and are dropped
        String text = Normalizer.normalize(normalizeLineBreaks(pdf.text()), Normalizer.Form.NFKC).replace("\u0000", "");
        if (text.replace('\f', ' ').isBlank()) {
            throw new DocumentException(path, "the PDF has no extractable text (probably scanned images);"
                    + " run it through OCR and load the text instead");
        }
        String title = pdf.title();
        return new Extracted(text, title == null || title.isBlank() ? firstNonEmptyLine(text) : title.strip());
    }

    private static String decodeUtf8Text(Path path, byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new DocumentException(path, "the file looks binary (it contains NUL bytes), not text");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return normalizeLineBreaks(text);
        } catch (MalformedInputException e) {
            throw new DocumentException(path, "the file is not valid UTF-8 (bad byte at byte offset "
                    + firstMalformedOffset(bytes) + "); re-save it with UTF-8 encoding", e);
        } catch (CharacterCodingException e) {
            throw new DocumentException(path, "the file is not valid UTF-8; re-save it with UTF-8 encoding", e);
        }
    }

    private static int firstMalformedOffset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** A NUL byte anywhere: text files never hold one. */
    private static boolean looksBinary(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String normalizeLineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String firstNonEmptyLine(String text) {
        for (String line : text.split("[\n\f]")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                return stripped.replaceFirst("^#{1,6}\\s+", "");
            }
        }
        return "";
    }

    /**
     * The metadata of a document file from its sidecar (title, author, date, ...), empty without one.
     *
     * @throws DocumentException when the sidecar is not a YAML mapping
     */
    public static Map<String, String> metadata(Path file) {
        return readSidecar(file.toAbsolutePath().normalize());
    }

    /** Reads {@code <basename>.meta.yaml} (or {@code .meta.yml}) next to the file; missing sidecar = no metadata. */
    private static Map<String, String> readSidecar(Path path) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String suffix : new String[]{".meta.yaml", ".meta.yml"}) {
            Path sidecar = path.resolveSibling(baseName(path) + suffix);
            if (!Files.isRegularFile(sidecar)) {
                continue;
            }
            try {
                JsonNode root = YAML.readTree(sidecar.toFile());
                if (root == null || root.isMissingNode() || root.isNull()) {
                    return metadata;
                }
                if (!root.isObject()) {
                    throw new DocumentException(sidecar, "the metadata sidecar must be a YAML mapping of"
                            + " keys (title, author, date, venue, kind, source, ...) to values");
                }
                for (Map.Entry<String, JsonNode> field : root.properties()) {
                    metadata.put(field.getKey(), asText(field.getValue()));
                }
                return metadata;
            } catch (IOException e) {
                throw new DocumentException(sidecar, "the metadata sidecar is not valid YAML: "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return metadata;
    }

    private static String asText(JsonNode value) {
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(item -> joined.append(joined.isEmpty() ? "" : "; ").append(asText(item)));
            return joined.toString();
        }
        if (value.isObject()) {
            return value.toString();
        }
        return value.isNull() ? "" : value.asText().strip();
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** A stable lowercase id: accents removed, runs of other characters turned into single hyphens. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document" : slug;
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of the text. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available in the JDK", e);
        }
    }
}
