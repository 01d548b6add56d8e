package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents uploaded to {@code serve} running in a heap of 1 GB (the language models take most of it): a PDF
 * whose page inflates to 1 GB, a PDF of 20 000 pages, a 10 MB text on one line, a text with a NUL byte deep inside.
 * Each is refused with a 422 that says why, quickly, and the server stays up with no OutOfMemoryError and no temporary
 * path in any answer.
 */
class HostileDocumentTest {

    private static final String TOKEN = "hostile-documents-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void boundsEveryDocumentInMemoryPagesAndLength(@TempDir Path data) throws Exception {
        try (ServedProcess served = ServedProcess.serve("1g", Map.of("TIEGRAPH_WRITE_TOKEN", TOKEN,
                "NEO4J_PASSWORD", "hostile-test-password"), "--port", "0", "--bolt-port", "0", "--browser-port", "-1",
                "--data", data.toString(), "--no-seeds")) {
            assertRefused(upload(served, "bomb.pdf", inflatingPdf(1L << 30)), "expands beyond 64 MB");
            assertRefused(upload(served, "endless.pdf", pdfOfPages(20_000)), "20000 pages", "over 2000 pages");
            byte[] line = "China supplies drones to Russia and Iran pays in oil ".repeat(200_000)
                    .getBytes(StandardCharsets.UTF_8);
            assertRefused(upload(served, "one-line.txt", Arrays.copyOf(line, 10 * 1024 * 1024)), "characters");
            byte[] nul = "Russia buys drones from Iran. ".repeat(1_000).getBytes(StandardCharsets.UTF_8);
            nul[20_000] = 0;
            assertRefused(upload(served, "nul.txt", nul), "NUL");

            assertThat(served.get("/api/health").statusCode()).isEqualTo(200);
            assertThat(served.output()).noneMatch(l -> l.contains("OutOfMemoryError"));
        }
    }

    private static void assertRefused(HttpResponse<String> answer, String... saying) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("detail").asText()).contains(saying).doesNotContain("/tmp", "tiegraph-upload");
        assertThat(problem.path("report").path("status").asText()).isEqualTo("failed");
    }

    private static HttpResponse<String> upload(ServedProcess served, String name, byte[] body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port
                            + "/api/documents?filename=" + name)).timeout(Duration.ofMinutes(3))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** One page whose content stream is {@code inflated} bytes of spaces, deflated (about a thousandth of that). */
    private static byte[] inflatingPdf(long inflated) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < inflated; written += spaces.length) {
                deflate.write(spaces);
            }
        }
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            COSStream content = pdf.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream()) {
                raw.write(compressed.toByteArray());
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            pdf.addPage(page);
            return save(pdf);
        }
    }

    /** {@code pages} pages sharing one small content stream. */
    private static byte[] pdfOfPages(int pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDStream content = new PDStream(pdf);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                out.write("BT ET".getBytes(StandardCharsets.US_ASCII));
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setContents(content);
                pdf.addPage(page);
            }
            return save(pdf);
        }
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
