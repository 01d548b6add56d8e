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
 * The shipped jar as a new user starts it: {@code java -jar tiegraph.jar} with no arguments, in a working folder that
 * holds only {@code seeds/}. The defaults must work as they are ({@code ./data} store, seeds loaded, API up); only the
 * ports come from the environment, so the test does not collide with anything on 8080/7687/7474.
 */
class BuiltJarIT {

    private static final Pattern UP = Pattern.compile("tiegraph is up: http://localhost:(\\d+)/");

    @Test
    void startsWithNoArgumentsInAFreshWorkingFolder(@TempDir Path work) throws Exception {
        Path jar = Path.of("target", "tiegraph.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar").exists();
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx2g", "-jar", jar.toString())
                .directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("TIEGRAPH_") || k.startsWith("NEO4J_"));
        builder.environment().putAll(Map.of("TIEGRAPH_PORT", "0", "TIEGRAPH_BOLT_PORT", "0",
                "TIEGRAPH_BROWSER_PORT", "-1"));
        Process process = builder.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        CompletableFuture<List<String>> output = CompletableFuture.supplyAsync(() -> readAll(process, port));
        try {
            int p = port.get(300, TimeUnit.SECONDS);
            assertThat(get(p, "/api/health")).contains("\"status\":\"ok\"");
            ServeProcessTest.awaitLoaded(p);
            assertThat(get(p, "/api/entities?q=PRC")).contains("\"id\":\"china\"");
            assertThat(work.resolve("data")).as("the default ./data store").isDirectory();
        } finally {
            process.toHandle().destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s of SIGTERM").isTrue();
        }
        assertThat(output.get(10, TimeUnit.SECONDS)).anyMatch(l -> l.contains("stopped cleanly"))
                .noneMatch(l -> l.contains("Exception"));
    }

    private static List<String> readAll(Process process, CompletableFuture<Integer> port) {
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
        port.completeExceptionally(new IllegalStateException("the jar exited before it was up: " + lines));
        return lines;
    }

    private static String get(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
