package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in its own JVM: serve starts embedded Neo4j, loads the seeds and answers; SIGTERM stops it cleanly;
 * a restart on the same data folder finds the store intact and the documents unchanged.
 */
class ServeProcessTest {

    private static final Pattern UP = Pattern.compile("tiegraph is up: http://localhost:(\\d+)/");

    @Test
    void sigtermStopsCleanlyAndARestartReusesTheStore(@TempDir Path data) throws Exception {
        Running first = start(data);
        assertThat(get(first.port, "/api/health")).isEqualTo(200);
        first.process.toHandle().destroy(); // SIGTERM, keeping our end of its output open
        assertThat(first.process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
        assertThat(first.output.get(10, TimeUnit.SECONDS)).anyMatch(l -> l.contains("stopped cleanly"))
                .anyMatch(l -> l.contains("1 documents loaded"));

        Running second = start(data);
        try {
            assertThat(get(second.port, "/api/health")).isEqualTo(200);
        } finally {
            second.process.toHandle().destroy();
            second.process.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(second.output.get(10, TimeUnit.SECONDS)).anyMatch(l -> l.contains("0 documents loaded, 1 unchanged"));
    }

    private record Running(Process process, int port, CompletableFuture<List<String>> output) {
    }

    private static Running start(Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of("--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--bolt-port", "0", "--browser-port", "-1", "--data", data.toString(), "--seeds", "seeds"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        CompletableFuture<List<String>> output = CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    Matcher m = UP.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("server exited before it was up: " + lines));
            return lines;
        });
        try {
            return new Running(process, port.get(180, TimeUnit.SECONDS), output);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not come up", e);
        }
    }

    private static int get(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
