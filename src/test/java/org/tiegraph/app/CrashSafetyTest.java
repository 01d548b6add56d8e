package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.tiegraph.graph.GraphFingerprint;

/**
 * kill -9 in the middle of a load leaves each document fully loaded or absent, and loading again gives exactly the
 * graph a clean load gives (same counts, same hash of ids, edges and evidence).
 */
class CrashSafetyTest {

    @Test
    void killedLoadLeavesNoHalfDocumentAndAReloadMatchesACleanLoad(@TempDir Path clean, @TempDir Path crashed)
            throws Exception {
        assertThat(runLoad(clean).waitFor(300, TimeUnit.SECONDS)).isTrue();
        GraphFingerprint reference = fingerprint(clean);
        assertThat(reference.nodes()).isPositive();

        Process victim = startLoad(crashed);
        awaitLine(victim, "schema applied");
        Thread.sleep(1_500);
        victim.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
        victim.waitFor(30, TimeUnit.SECONDS);

        GraphFingerprint afterCrash = fingerprint(crashed);
        assertThat(afterCrash.nodes() == 0 || afterCrash.equals(reference))
                .as("after the crash the store holds nothing or the whole document: %s", afterCrash).isTrue();

        assertThat(runLoad(crashed).waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(fingerprint(crashed)).isEqualTo(reference);
    }

    private static Process runLoad(Path data) throws IOException {
        Process p = startLoad(data);
        CompletableFuture.runAsync(() -> drain(p, null));
        return p;
    }

    private static Process startLoad(Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "load", "--data", data.toString(),
                "--bolt-port", "0", "--browser-port", "-1", "seeds"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void awaitLine(Process p, String marker) throws Exception {
        CompletableFuture<Void> seen = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> drain(p, line -> {
            if (line.contains(marker)) {
                seen.complete(null);
            }
        }));
        seen.get(180, TimeUnit.SECONDS);
    }

    private static void drain(Process p, java.util.function.Consumer<String> onLine) {
        try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (onLine != null) {
                    onLine.accept(line);
                }
            }
        } catch (IOException ignored) {
            // the process was killed: its output simply ends
        }
    }

    private static GraphFingerprint fingerprint(Path data) {
        String password = EmbeddedPassword.resolve(data, null); // the one the load generated and kept
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(data, EmbeddedNeo4j.Exposure.loopback(0, -1), password);
             var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, password))) {
            return GraphFingerprint.of(driver, "neo4j");
        }
    }
}
