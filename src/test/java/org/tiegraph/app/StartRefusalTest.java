package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings that would expose the server are refused before anything starts, with one line saying what to change: a
 * write token on the command line (it shows in ps), a short write token, a short Neo4j password, a wildcard address
 * advertised to Bolt clients.
 */
class StartRefusalTest {

    @Test
    void aWriteTokenOnTheCommandLineIsRefused(@TempDir Path data) throws Exception {
        ServedProcess.Ended ended = ServedProcess.run(Map.of(), "serve", "--data", data.toString(), "--no-seeds",
                "--port", "0", "--bolt-port", "0", "--browser-port", "-1", "--write-token", "a-long-enough-token-123");
        assertRefused(ended, "--write-token is no longer accepted", "--write-token-file", "TIEGRAPH_WRITE_TOKEN");
    }

    @Test
    void aShortWriteTokenIsRefused(@TempDir Path data) throws Exception {
        ServedProcess.Ended ended = ServedProcess.run(Map.of("TIEGRAPH_WRITE_TOKEN", "short-token"), "serve",
                "--data", data.toString(), "--no-seeds", "--port", "0", "--bolt-port", "0", "--browser-port", "-1");
        assertRefused(ended, "the write token has 11 characters; it needs at least 16");
    }

    @Test
    void aShortPasswordAndAWildcardAdvertisedAddressAreRefused(@TempDir Path data) throws Exception {
        assertRefused(ServedProcess.run(Map.of("NEO4J_PASSWORD", "short"), "serve", "--data", data.toString(),
                "--no-seeds", "--port", "0", "--bolt-port", "0", "--browser-port", "-1"), "at least 8");
        assertRefused(ServedProcess.run(Map.of(), "serve", "--data", data.toString(), "--no-seeds", "--port", "0",
                "--bolt-port", "0", "--browser-port", "-1", "--bolt-host", "0.0.0.0", "--bolt-advertised-host",
                "0.0.0.0"), "--bolt-advertised-host cannot be 0.0.0.0");
    }

    private static void assertRefused(ServedProcess.Ended ended, String... saying) {
        assertThat(ended.exitCode()).as("%s", ended.lines()).isEqualTo(2);
        assertThat(ended.lines()).as("one line").hasSize(1);
        assertThat(ended.lines().getFirst()).startsWith("tiegraph: ").contains(saying);
    }
}
