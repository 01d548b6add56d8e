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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in its own JVM: serve answers, loads the seeds in the background and says when it is done; SIGTERM
 * stops it cleanly; a restart on the same data folder finds the store intact, the documents unchanged, and answers a
 * depth-2 neighbourhood; {@code load} finds the running server through its data folder and loads through its API
 * (or says in one line what it needs), and identical text under another name is recognised.
 */
class ServeProcessTest {

    private static final Pattern UP = Pattern.compile("tiegraph is up: http://localhost:(\\d+)/");
    private static final String TOKEN = "process-test-token";

    @Test
    void sigtermStopsCleanlyAndARestartReusesTheStore(@TempDir Path data, @TempDir Path docs) throws Exception {
        Running first = start(data, Map.of());
        assertThat(get(first.port, "/api/health")).contains("\"status\":\"ok\"");
        awaitLoaded(first.port);
        assertThat(data.resolve(ServerFile.NAME)).as("server.json while it runs").exists();
        first.process.toHandle().destroy(); // SIGTERM, keeping our end of its output open
        assertThat(first.process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
        assertThat(first.output.get(10, TimeUnit.SECONDS)).anyMatch(l -> l.contains("stopped cleanly"))
                .anyMatch(l -> l.contains("1 documents loaded"));
        assertThat(data.resolve(ServerFile.NAME)).as("server.json removed at stop").doesNotExist();

        Running second = start(data, Map.of("TIEGRAPH_WRITE_TOKEN", TOKEN));
        List<String> loads = new ArrayList<>();
        try {
            awaitLoaded(second.port);
            assertThat(get(second.port, "/api/entities/russia/neighborhood?depth=2")).contains("\"center\":\"russia\"");

            Path brief = Files.writeString(docs.resolve("brief.txt"), "Iran supplies Shahed drones to Russia.\n");
            Files.writeString(docs.resolve("brief.meta.yaml"), "title: A short brief\nauthor: Test Author\n");
            Path copy = Files.copy(brief, docs.resolve("same-brief-renamed.txt"));
            loads.add(load(data, Map.of(), 2, brief));
            loads.add(load(data, Map.of("TIEGRAPH_WRITE_TOKEN", TOKEN), 0, brief));
            loads.add(load(data, Map.of("TIEGRAPH_WRITE_TOKEN", TOKEN), 0, copy));
            assertThat(get(second.port, "/api/documents/brief")).contains("\"title\":\"A short brief\"")
                    .contains("Test Author").doesNotContain(docs.toString());
        } finally {
            second.process.toHandle().destroy();
            second.process.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(second.output.get(10, TimeUnit.SECONDS))
                .anyMatch(l -> l.contains("0 documents loaded, 1 unchanged"));
        assertThat(loads.get(0)).as("without the token: one line saying what to do")
                .contains("TIEGRAPH_WRITE_TOKEN").doesNotContain("Exception").hasLineCount(1);
        assertThat(loads.get(1)).contains("loading through the tiegraph server at http://127.0.0.1:" + second.port)
                .contains("loaded brief (brief.txt)");
        assertThat(loads.get(2)).contains("duplicate").contains("already loaded as document 'brief'");
    }

    private record Running(Process process, int port, CompletableFuture<List<String>> output) {
    }

    private static List<String> java() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ArrayList<>(List.of(java, "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    }

    private static Running start(Path data, Map<String, String> env) throws IOException {
        List<String> command = java();
        command.addAll(List.of("serve", "--port", "0", "--bolt-port", "0", "--browser-port", "-1",
                "--data", data.toString(), "--seeds", "seeds"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("TIEGRAPH_WRITE_TOKEN");
        builder.environment().putAll(env);
        Process process = builder.start();
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

    /** Runs {@code tiegraph load} on the data folder; returns its output after checking its exit code. */
    private static String load(Path data, Map<String, String> env, int exitCode, Path... files) throws Exception {
        List<String> command = java();
        command.addAll(List.of("load", "--data", data.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("TIEGRAPH_WRITE_TOKEN");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(exitCode);
        return output;
    }

    /** Asks health until it says loading is complete (at most three minutes). */
    static void awaitLoaded(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String health = "";
        while (System.nanoTime() < deadline) {
            health = get(port, "/api/health");
            if (health.contains("\"complete\":true")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("loading not complete after three minutes: " + health);
    }

    static String get(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
