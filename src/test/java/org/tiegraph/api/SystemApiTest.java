package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.api.ApiTestServer.get;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.tiegraph.catalogue.Catalogue;

/** Health, stats, schema, error handling for unknown routes, CORS, and the OpenAPI document. */
class SystemApiTest {

    @Test
    void healthReportsTheDatabaseAndTheMode() {
        var reply = get("/api/health");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode h = reply.json();
        assertThat(h.path("status").asText()).isEqualTo("ok");
        assertThat(h.path("mode").asText()).isEqualTo("embedded");
        assertThat(h.path("database").path("reachable").asBoolean()).isTrue();
        assertThat(h.path("database").path("version").asText()).matches("\\d+\\..*");
    }

    @Test
    void statsCountNodesByLabelEdgesByTypeAndDocuments() {
        JsonNode s = get("/api/stats").json();
        assertThat(s.path("nodes").path("Entity").asInt()).isEqualTo(10);
        assertThat(s.path("nodes").path("Company").asInt()).isEqualTo(2);
        assertThat(s.path("nodes").path("Evidence").asInt()).isEqualTo(12);
        assertThat(s.path("nodes").has("Vessel")).isFalse();
        assertThat(s.path("edges").path("PRODUCES").asInt()).isEqualTo(3);
        assertThat(s.path("edges").path("MENTIONED_IN").asInt()).isEqualTo(15);
        assertThat(s.path("documents").asInt()).isEqualTo(2);
        assertThat(s.path("totalNodes").asInt()).isGreaterThan(10);
    }

    @Test
    void schemaListsCatalogueTypesWithCounts() {
        JsonNode schema = get("/api/schema").json();
        Catalogue catalogue = Catalogue.load();
        assertThat(schema.path("entityTypes")).hasSize(catalogue.entityTypes().size());
        assertThat(schema.path("edgeTypes")).hasSize(catalogue.edgeTypes().size());
        for (JsonNode t : schema.path("entityTypes")) {
            if (t.path("name").asText().equals("Organization")) {
                assertThat(t.path("count").asInt()).isEqualTo(3);
            }
            if (t.path("name").asText().equals("Company")) {
                assertThat(t.path("labels").toString()).contains("Organization", "Company");
            }
        }
    }

    @Test
    void unknownRouteIsAProblem404() {
        var reply = get("/api/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode p = reply.json();
        assertThat(p.path("type").asText()).isEqualTo("about:blank");
        assertThat(p.path("title").asText()).isEqualTo("Not Found");
        assertThat(p.path("status").asInt()).isEqualTo(404);
        assertThat(p.path("instance").asText()).isEqualTo("/api/nothing-here");
        assertThat(get("/nothing").contentType()).startsWith("application/problem+json");
    }

    @Test
    void wrongMethodIsAProblem405() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(ApiTestServer.base() + "/api/entities")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void requestsJettyRefusesAreProblemsWhateverTheMethod() throws Exception {
        String longPath = "/api/sentences/" + "a".repeat(20_000);
        for (String method : List.of("GET", "POST", "DELETE", "PUT", "PATCH")) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(ApiTestServer.base() + longPath)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(method).isIn(414, 431);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(method).startsWith("application/problem+json");
            assertThat(ApiTestServer.JSON.readTree(r.body()).path("detail").asText()).as(method).isNotBlank();
        }
    }

    @Test
    void corsAllowsConfiguredLocalOriginsAndNeverRefusesOthers() throws Exception {
        var allowed = get("/api/stats", "Origin", "http://localhost:5173");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        var other = get("/api/stats", "Origin", "http://example.org");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> sameOrigin = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ApiTestServer.base() + "/api/paths/pattern"))
                .header("Origin", ApiTestServer.base()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"pattern\":\"china>*\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sameOrigin.statusCode()).isEqualTo(200);

        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ApiTestServer.base() + "/api/paths/pattern"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://localhost:8888")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).contains("content-type");
    }

    @Test
    void openApiDocumentValidatesAndListsEveryRoute() {
        var reply = get("/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        SwaggerParseResult result = new OpenAPIParser().readContents(reply.body(), null, null);
        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getInfo().getVersion()).isEqualTo("test");

        Set<String> registered = new HashSet<>();
        Javalin app = ApiTestServer.app();
        app.unsafe.internalRouter.allHttpHandlers().forEach(h -> {
            HandlerType method = h.endpoint.method;
            if (method.isHttpMethod() && method != HandlerType.HEAD && method != HandlerType.OPTIONS) {
                registered.add(method.name() + " " + h.endpoint.path);
            }
        });
        Set<String> documented = new HashSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(m -> documented.add(m.name() + " " + path)));
        assertThat(registered).hasSizeGreaterThanOrEqualTo(16);
        assertThat(documented).isEqualTo(registered);
        for (PathItem item : api.getPaths().values()) {
            item.readOperations().forEach(op -> {
                assertThat(op.getResponses()).containsKey("200");
                assertThat(op.getSummary()).isNotBlank();
            });
        }
    }

    @Test
    void swaggerUiPageLoadsItsWebjarAssets() {
        var page = get("/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String css = page.body().replaceAll("(?s).*href=\"(webjars/[^\"]+\\.css)\".*", "$1");
        assertThat(css).startsWith("webjars/swagger-ui/");
        assertThat(get("/" + css).status()).isEqualTo(200);
        assertThat(page.body()).contains("openapi.json");
    }

    @Test
    void unreachableDatabaseIsA503Problem() {
        Driver dead = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none(), Config.builder()
                .withConnectionTimeout(1, TimeUnit.SECONDS).withMaxTransactionRetryTime(0, TimeUnit.SECONDS).build());
        ApiDependencies deps = new ApiDependencies(dead, "neo4j", Catalogue.load(),
                new ApiDependencies.RuntimeInfo("external", "bolt://127.0.0.1:1", "test"),
                new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(5), null));
        Javalin app = ApiServer.create(deps).start("127.0.0.1", 0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("/api/health", "/api/stats", "/api/entities?q=china")) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(503);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                JsonNode body = ApiTestServer.JSON.readTree(r.body());
                assertThat(body.path("status").asInt()).isEqualTo(503);
                assertThat(r.body()).doesNotContain("Exception");
                if (path.equals("/api/health")) {
                    assertThat(body.path("mode").asText()).isEqualTo("external");
                    assertThat(body.path("database").path("reachable").asBoolean()).isFalse();
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            app.stop();
            dead.close();
        }
    }
}
