package org.tiegraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tiegraph.api.DocumentIntake;
import org.tiegraph.support.TestGraph;

/**
 * The smaller defects the probe of issue 15 found, as a client meets them: a search of hundreds of words, request
 * bodies cut short or badly chunked (JSON, a document, a multipart form), and JSON bodies of the wrong shape. Each is a
 * 400 problem+json whose detail names no Java class, and none leaves a stack trace in the log.
 */
class BadBodiesAndQueriesTest {

    private static final String TOKEN = "bad-bodies-write-token";
    private static final String JSON_HEAD = "POST /api/paths/pattern HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    private static final String UPLOAD_HEAD = "Host: x\r\nAuthorization: Bearer " + TOKEN + "\r\n";
    private static final String PART = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n";

    @Test
    void longSearchesAndUnreadableOrMisshapenBodiesAreClearRefusalsWithoutStackTraces() throws Exception {
        DocumentIntake noLoad = (file, force) -> {
            throw new AssertionError("no document should reach the loader: " + file.getFileName());
        };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        Map<String, ApiUnderTest.Reply> replies = new LinkedHashMap<>();
        try (ApiUnderTest api = new ApiUnderTest(TestGraph.shared().driver(), "embedded", Duration.ofSeconds(10), TOKEN,
                null, noLoad)) {
            int port = api.port();
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                String words = IntStream.range(0, 600).mapToObj(i -> "w" + i).collect(Collectors.joining("+"));
                replies.put("search of 600 words", api.get("/api/entities?q=" + words));
                replies.put("JSON cut short", raw(port, JSON_HEAD + "Content-Length: 100\r\n\r\n{\"pattern\":"));
                replies.put("bad chunk size", raw(port, JSON_HEAD + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
                replies.put("chunk cut short", raw(port, JSON_HEAD + "Transfer-Encoding: chunked\r\n\r\n20\r\n{\"pat"));
                replies.put("document cut short", raw(port, "POST /api/documents?filename=a.txt HTTP/1.1\r\n"
                        + UPLOAD_HEAD + "Content-Length: 1000\r\n\r\nRussia buys drones."));
                replies.put("document badly chunked", raw(port, "POST /api/documents?filename=a.txt HTTP/1.1\r\n"
                        + UPLOAD_HEAD + "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"));
                replies.put("form cut short", raw(port, "POST /api/documents HTTP/1.1\r\n" + UPLOAD_HEAD
                        + "Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: 500\r\n\r\n" + PART + "Russia"));
                replies.put("form without parts", raw(port, "POST /api/documents HTTP/1.1\r\n" + UPLOAD_HEAD
                        + "Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: 10\r\n\r\ngarbage!!!"));
                for (String body : new String[] {"{\"steps\":\"x\"}", "{\"unknown\":1}", "{\"limit\":\"many\"}",
                        "[1,2]", "{\"steps\":[{\"type\":[\"State\"]}]}", "{\"pattern\": \"State>*>State\""}) {
                    replies.put("JSON " + body, api.post("/api/paths/pattern", body.getBytes(StandardCharsets.UTF_8),
                            "Content-Type", "application/json"));
                }
            } finally {
                System.setErr(stderr);
            }
            assertThat(api.get("/api/health").status()).isEqualTo(200);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        stderr.print(logged);
        replies.forEach((what, reply) -> {
            assertThat(reply.status()).as("%s: %s", what, reply.body()).isEqualTo(400);
            assertThat(reply.isProblem()).as(what).isTrue();
            assertThat(reply.json().path("detail").asText()).as(what).isNotBlank()
                    .doesNotContainPattern("java\\.|org\\.|jakarta\\.|Exception|`");
        });
        assertThat(replies.get("search of 600 words").json().path("parameter").asText()).isEqualTo("q");
        assertThat(logged).as("what the log got").doesNotContain("\tat ", "ERROR");
    }

    /** One request as raw bytes, its body ended by closing the sending side; the answer as a {@link ApiUnderTest.Reply}. */
    private static ApiUnderTest.Reply raw(int port, String request) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(port, request.getBytes(StandardCharsets.UTF_8), 10_000);
        return new ApiUnderTest.Reply(answer.status(), answer.headers().getOrDefault("content-type", ""),
                answer.body(), null);
    }
}
