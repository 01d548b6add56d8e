package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;

/**
 * The embedded DBMS as {@code serve} runs it, attacked as a web page on another origin would: the HTTP port must run
 * no Cypher (transactional and query endpoints), Bolt must not log a WebSocket in without credentials, and even the
 * analyst with the password must not read local files through {@code LOAD CSV}. Neo4j Browser is still served, with
 * outgoing connections and usage reporting off. Served beyond loopback, Bolt advertises a real host name and asks for
 * the password set at the first start.
 */
class DatabaseExposureTest {

    static final String PASSWORD = "exposure-test-password";
    private static final String EVIL = "http://evil.example";
    private static final String READ_A_FILE =
            "{\"statements\":[{\"statement\":\"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 1\"}]}";

    @Test
    void anotherOriginCanRunNoCypherAndReadNoFile(@TempDir Path data, @TempDir Path secrets) throws Exception {
        Path tokenFile = Files.writeString(secrets.resolve("write-token"), "a-write-token-from-a-file\n");
        try (ServedProcess served = ServedProcess.serve("1g", Map.of("NEO4J_PASSWORD", PASSWORD), "--port", "0",
                "--bolt-port", "0", "--browser-port", "0", "--data", data.toString(), "--no-seeds",
                "--write-token-file", tokenFile.toString())) {
            assertThat(served.browserPort).as("Browser port in the start line").isPositive();
            for (String endpoint : new String[] {"/db/neo4j/tx/commit", "/db/neo4j/tx", "/db/neo4j/query/v2"}) {
                HttpResponse<String> answer = post(served.browserPort, endpoint, READ_A_FILE);
                assertThat(answer.statusCode()).as(endpoint).isIn(401, 403, 404, 405);
                assertThat(answer.body()).as(endpoint).doesNotContain("root:");
            }
            assertThat(BoltOverWebSocket.loginWithoutCredentials(served.boltPort, EVIL))
                    .isNotEqualTo(BoltOverWebSocket.Login.ACCEPTED);

            HttpResponse<String> page = get(served.browserPort, "/browser/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .doesNotContain("segment", "canny", "sentry", "googleapis", "gstatic", "https:", "http: ", "ws: ")
                    .contains("connect-src 'self' http://localhost:*");
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + served.boltPort,
                    AuthTokens.basic("neo4j", PASSWORD)); Session session = driver.session()) {
                Map<String, String> browserConfig = new HashMap<>();
                session.run("CALL dbms.clientConfig() YIELD name, value").forEachRemaining(r ->
                        browserConfig.put(r.get("name").asString(), r.get("value").asString()));
                assertThat(browserConfig).containsEntry("browser.allow_outgoing_connections", "false")
                        .containsEntry("client.allow_telemetry", "false");
                assertThatThrownBy(() -> session.run("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 1")
                        .list()).isInstanceOf(ClientException.class);
            }

            // the write token from the file works, and a wrong one leaves a line in the log
            assertThat(upload(served, "a-write-token-from-a-file").statusCode()).isEqualTo(201);
            assertThat(upload(served, "a-wrong-guess-of-the-token").statusCode()).isEqualTo(401);
            assertThat(served.awaitLine(l -> l.contains("wrong write token from 127.0.0.1"))).isTrue();
        }
    }

    private static HttpResponse<String> upload(ServedProcess served, String token) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port
                            + "/api/documents?filename=note.txt")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("Russia buys drones from Iran.")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void boltServesTheNetworkWithThePasswordSetAtFirstStart(@TempDir Path data) throws Exception {
        try (ServedProcess served = ServedProcess.serve("1g", Map.of("NEO4J_PASSWORD", PASSWORD), "--port", "0",
                "--bolt-port", "0", "--browser-port", "-1", "--bolt-host", "0.0.0.0", "--bolt-advertised-host",
                "graph.example.org", "--data", data.toString(), "--no-seeds")) {
            assertThat(served.get("/api/health").body()).contains("bolt://graph.example.org:" + served.boltPort);
            try (Driver analyst = GraphDatabase.driver("bolt://127.0.0.1:" + served.boltPort,
                    AuthTokens.basic("neo4j", PASSWORD)); Session session = analyst.session()) {
                assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
            }
            try (Driver stranger = GraphDatabase.driver("bolt://127.0.0.1:" + served.boltPort, AuthTokens.none())) {
                assertThatThrownBy(stranger::verifyConnectivity).isInstanceOf(SecurityException.class);
            }
        }
    }

    private static HttpResponse<String> post(int port, String path, String json) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Origin", EVIL).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
