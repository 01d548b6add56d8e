package org.tiegraph.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tiegraph serve} (or any command) in a JVM of its own, as the README starts it, with the arguments and
 * environment a test chooses: waits for the "is up" line and reads the API, Bolt and Browser ports from it; its
 * output is kept for assertions. Closing sends SIGTERM and waits for the end.
 */
final class ServedProcess implements AutoCloseable {

    private static final Pattern UP = Pattern.compile("tiegraph is up: http://localhost:(\\d+)/");
    private static final Pattern BOLT = Pattern.compile("Bolt bolt://[^:]+:(\\d+)");
    private static final Pattern BROWSER = Pattern.compile("Neo4j Browser http://localhost:(\\d+)/browser/");
    static final List<String> JVM_FLAGS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED");

    final Process process;
    final int port;
    final int boltPort;
    final int browserPort;
    private final List<String> output;
    private final CompletableFuture<Void> ended;

    private ServedProcess(Process process, int port, int boltPort, int browserPort, List<String> output,
                          CompletableFuture<Void> ended) {
        this.process = process;
        this.port = port;
        this.boltPort = boltPort;
        this.browserPort = browserPort;
        this.output = output;
        this.ended = ended;
    }

    /** Starts {@code serve} with a heap of {@code heap} and waits up to three minutes for it to be up. */
    static ServedProcess serve(String heap, Map<String, String> environment, String... arguments) throws IOException {
        Process process = launch(heap, environment, prepend("serve", arguments));
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<int[]> up = new CompletableFuture<>();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        // a thread of its own: a reader parked in the common pool would starve clients that use it (WebSockets)
        Thread.ofPlatform().daemon().name("served-output").start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    Matcher m = UP.matcher(line);
                    if (m.find()) {
                        up.complete(new int[] {Integer.parseInt(m.group(1)), find(BOLT, line), find(BROWSER, line)});
                    }
                }
            } catch (IOException e) {
                up.completeExceptionally(e);
            }
            up.completeExceptionally(new IllegalStateException("server exited before it was up: " + lines));
            ended.complete(null);
        });
        try {
            int[] ports = up.get(180, TimeUnit.SECONDS);
            return new ServedProcess(process, ports[0], ports[1], ports[2], lines, ended);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not come up: " + lines, e);
        }
    }

    /** Runs a command that is expected to end by itself (a refusal at start); its exit code and output. */
    static Ended run(Map<String, String> environment, String... arguments) throws Exception {
        Process process = launch("512m", environment, arguments);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after 120 s: " + out);
        }
        return new Ended(process.exitValue(), out.lines().toList());
    }

    /** How a command ended: exit code and output lines. */
    record Ended(int exitCode, List<String> lines) {
    }

    private static Process launch(String heap, Map<String, String> environment, String... arguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-Xmx" + heap, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("TIEGRAPH_") || k.startsWith("NEO4J_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static int find(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String[] prepend(String first, String[] rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    /** The lines printed so far. */
    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** Whether a line matching {@code wanted} is printed within 20 s (output reaches us through a pipe, a bit later). */
    boolean awaitLine(java.util.function.Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (output().stream().anyMatch(wanted)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** GET on the API: status and body. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** SIGTERM, then waits up to a minute for the end and the last output. */
    @Override
    public void close() throws Exception {
        process.toHandle().destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        ended.get(10, TimeUnit.SECONDS);
    }
}
