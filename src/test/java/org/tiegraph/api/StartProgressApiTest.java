package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.LoadProgress;
import org.tiegraph.support.TestGraph;

/** Health while the server starts: 503 saying the database is starting, then 200 with the loading progress. */
class StartProgressApiTest {

    @Test
    void whileTheDatabaseStartsHealthSaysSoWithoutAskingIt() throws Exception {
        Driver nothingListens = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none(), Config.builder()
                .withConnectionTimeout(1, TimeUnit.SECONDS).build());
        Javalin app = start(nothingListens, new LoadProgress());
        try {
            HttpResponse<String> reply = get(app, "/api/health");
            assertThat(reply.statusCode()).isEqualTo(503);
            assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(reply.headers().firstValue("Retry-After")).contains("1");
            JsonNode problem = ApiTestServer.JSON.readTree(reply.body());
            assertThat(problem.path("detail").asText()).contains("starting");
            assertThat(problem.path("loading").path("phase").asText()).isEqualTo(LoadProgress.STARTING);
            assertThat(problem.path("loading").path("complete").asBoolean()).isFalse();
        } finally {
            app.stop();
            nothingListens.close();
        }
    }

    @Test
    void whileDocumentsLoadHealthCountsThemAndSaysWhenItIsDone() throws Exception {
        TestGraph graph = TestGraph.shared();
        LoadProgress progress = new LoadProgress();
        progress.phase("warming up queries");
        progress.documents(56);
        for (int i = 0; i < 3; i++) {
            progress.tried(i == 1);
        }
        progress.reading("brief-04.txt");
        Javalin app = start(graph.driver(), progress);
        try {
            JsonNode loading = ApiTestServer.JSON.readTree(get(app, "/api/health").body()).path("loading");
            assertThat(loading.path("complete").asBoolean()).isFalse();
            assertThat(loading.path("phase").asText()).isEqualTo("loading documents");
            assertThat(loading.path("done").asInt()).isEqualTo(3);
            assertThat(loading.path("failed").asInt()).isEqualTo(1);
            assertThat(loading.path("total").asInt()).isEqualTo(56);
            assertThat(loading.path("current").asText()).isEqualTo("brief-04.txt");
            assertThat(get(app, "/api/entities?q=PRC").body()).as("queries answer meanwhile").contains("\"china\"");

            progress.tried(false);
            progress.finished();
            HttpResponse<String> done = get(app, "/api/health");
            assertThat(done.statusCode()).isEqualTo(200);
            loading = ApiTestServer.JSON.readTree(done.body()).path("loading");
            assertThat(loading.path("complete").asBoolean()).isTrue();
            assertThat(loading.path("done").asInt()).isEqualTo(4);
            assertThat(loading.path("current").isNull()).isTrue();
        } finally {
            app.stop();
        }
    }

    private static Javalin start(Driver driver, LoadProgress progress) {
        return ApiServer.create(new ApiDependencies(driver, "neo4j", Catalogue.load(),
                new ApiDependencies.RuntimeInfo("embedded", "bolt://localhost:7687", "test"),
                new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), null), null, null, progress))
                .start("127.0.0.1", 0);
    }

    private static HttpResponse<String> get(Javalin app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
