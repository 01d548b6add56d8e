package org.tiegraph.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the graph lives: an embedded DBMS in a data folder (default) or an external Neo4j given by URI. */
public final class DatabaseOptions {

    @Option(names = "--data", defaultValue = "${env:TIEGRAPH_DATA:-./data}", paramLabel = "DIR",
            description = "Embedded Neo4j data folder (env TIEGRAPH_DATA; default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--bolt-port", defaultValue = "${env:TIEGRAPH_BOLT_PORT:-7687}", paramLabel = "PORT",
            description = "Embedded Bolt port for Neo4j Browser, cypher-shell and notebooks; 0 picks a free one "
                    + "(env TIEGRAPH_BOLT_PORT; default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--bolt-host", defaultValue = "${env:TIEGRAPH_BOLT_HOST:-127.0.0.1}", paramLabel = "HOST",
            description = "Address embedded Bolt and Browser bind to, e.g. 0.0.0.0 for every interface; clients log in "
                    + "as neo4j with the Neo4j password (env TIEGRAPH_BOLT_HOST; default: ${DEFAULT-VALUE}).")
    String boltHost;

    @Option(names = "--bolt-advertised-host", defaultValue = "${env:TIEGRAPH_BOLT_ADVERTISED_HOST}", paramLabel = "HOST",
            description = "Host name embedded Bolt gives clients to reach it (env TIEGRAPH_BOLT_ADVERTISED_HOST; "
                    + "default: localhost on loopback, this machine's host name for 0.0.0.0, else --bolt-host).")
    String boltAdvertisedHost;

    @Option(names = "--browser-port", defaultValue = "${env:TIEGRAPH_BROWSER_PORT:-7474}", paramLabel = "PORT",
            description = "Port of the embedded Neo4j Browser (HTTP connector); -1 turns it off "
                    + "(env TIEGRAPH_BROWSER_PORT; default: ${DEFAULT-VALUE}).")
    int browserPort;

    @Mixin
    ExternalNeo4jOptions external = new ExternalNeo4jOptions();

    @Option(names = "--neo4j-password-file", defaultValue = "${env:NEO4J_PASSWORD_FILE}", paramLabel = "FILE",
            description = "A file holding the Neo4j password (its first line), instead of NEO4J_PASSWORD "
                    + "(env NEO4J_PASSWORD_FILE).")
    Path passwordFile;

    @Option(names = "--connect-timeout", defaultValue = "${env:TIEGRAPH_CONNECT_TIMEOUT:-PT120S}", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How long to wait for an external Neo4j at start (ISO-8601, e.g. PT2M; env "
                    + "TIEGRAPH_CONNECT_TIMEOUT; default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    /** Where embedded Bolt listens and what it advertises; a wildcard address is never advertised. */
    EmbeddedNeo4j.Exposure exposure() {
        String advertised = boltAdvertisedHost != null && !boltAdvertisedHost.isBlank() ? boltAdvertisedHost.strip()
                : EmbeddedNeo4j.isLoopback(boltHost) ? "localhost"
                : EmbeddedNeo4j.isWildcard(boltHost) ? localHostName() : boltHost;
        if (EmbeddedNeo4j.isWildcard(advertised)) {
            throw new IllegalArgumentException("--bolt-advertised-host cannot be " + advertised
                    + ": give the host name or address clients use to reach this machine");
        }
        return new EmbeddedNeo4j.Exposure(boltHost, boltPort, advertised, browserPort);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("this machine's host name is unknown (" + e.getMessage()
                    + "); give --bolt-advertised-host", e);
        }
    }

    /** The Neo4j password given by NEO4J_PASSWORD, --neo4j-password or --neo4j-password-file, or null. */
    String givenPassword() {
        if (passwordFile != null) {
            try {
                return java.nio.file.Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Neo4j password file " + passwordFile, e);
            }
        }
        return external.password == null || external.password.isBlank() ? null : external.password;
    }

    /**
     * Refuses, before anything starts, what would fail later: an advertised wildcard address, a password file that
     * cannot be read, a password Neo4j would refuse.
     *
     * @throws IllegalArgumentException saying what to change
     */
    void check() {
        String password = givenPassword();
        if (password != null && password.length() < EmbeddedNeo4j.MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the Neo4j password has " + password.length() + " characters; it needs "
                    + "at least " + EmbeddedNeo4j.MIN_PASSWORD_LENGTH);
        }
        if (!external.given()) {
            exposure();
        }
    }

    /** Parses ISO-8601 durations (PT30S) and plain seconds (30). */
    public static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
        }
    }
}
