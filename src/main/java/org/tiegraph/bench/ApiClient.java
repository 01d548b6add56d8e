package org.tiegraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** A JDK HttpClient on loopback (HTTP/1.1, kept-alive connections) that reads whole JSON answers. */
final class ApiClient implements AutoCloseable {

    /** An answer: status and body size. */
    record Answer(int status, int bytes, String bodyStart) {
    }

    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    ApiClient(int port, Duration timeout) {
        this.base = "http://127.0.0.1:" + port;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** GETs {@code path} (with its query string) accepting JSON. */
    Answer get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .timeout(timeout)
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        String start = response.statusCode() == 200 ? "" : new String(body, 0, Math.min(body.length, 300),
                java.nio.charset.StandardCharsets.UTF_8);
        return new Answer(response.statusCode(), body.length, start);
    }

    @Override
    public void close() {
        http.close();
    }
}
