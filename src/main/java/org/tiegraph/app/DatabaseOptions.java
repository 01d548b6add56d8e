package org.tiegraph.app;

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
            description = "Address embedded Bolt and Browser bind to; beyond loopback, authentication is required "
                    + "(--neo4j-user/--neo4j-password) (env TIEGRAPH_BOLT_HOST; default: ${DEFAULT-VALUE}).")
    String boltHost;

    @Option(names = "--browser-port", defaultValue = "${env:TIEGRAPH_BROWSER_PORT:-7474}", paramLabel = "PORT",
            description = "Port of the embedded Neo4j Browser (HTTP connector); -1 turns it off "
                    + "(env TIEGRAPH_BROWSER_PORT; default: ${DEFAULT-VALUE}).")
    int browserPort;

    @Mixin
    ExternalNeo4jOptions external = new ExternalNeo4jOptions();

    @Option(names = "--connect-timeout", defaultValue = "${env:TIEGRAPH_CONNECT_TIMEOUT:-PT120S}", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How long to wait for an external Neo4j at start (ISO-8601, e.g. PT2M; env "
                    + "TIEGRAPH_CONNECT_TIMEOUT; default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    /** Parses ISO-8601 durations (PT30S) and plain seconds (30). */
    public static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
        }
    }
}
