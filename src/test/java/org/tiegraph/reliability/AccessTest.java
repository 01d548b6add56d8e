package org.tiegraph.reliability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.graph.GraphFingerprint;
import org.tiegraph.query.CypherRunner;
import org.tiegraph.support.TestGraph;

/**
 * Access rules: query endpoints can only read (the runner's transactions refuse writes, and nothing else in the query
 * or API layers opens a session); writes need the bearer write token and are disabled without one.
 */
class AccessTest {

    private static final String TOKEN = "correct horse battery staple";
    private static final String TEXT = """
            Drone cooperation

            Russia buys Shahed drones from Iran. North Korea supplies artillery shells to Russia.
            """;

    private static TestGraph graph;
    private static ApiUnderTest writable;

    @BeforeAll
    static void start() {
        graph = TestGraph.fresh();
        writable = new ApiUnderTest(graph.driver(), "embedded", Duration.ofSeconds(20), TOKEN, null,
                (file, force) -> graph.loader().loadOne(file, force));
    }

    @AfterAll
    static void stop() {
        writable.close();
        graph.close();
    }

    @Test
    void queryTransactionsRefuseWrites() {
        CypherRunner runner = new CypherRunner(graph.driver(), graph.database(), Duration.ofSeconds(5),
                graph.catalogue().edgeTypes().keySet());
        GraphFingerprint before = GraphFingerprint.of(graph.driver(), graph.database());
        assertThatThrownBy(() -> runner.readCompiled("CREATE (p:Probe {at: timestamp()}) RETURN p", Map.of()))
                .isInstanceOf(ClientException.class);
        assertThatThrownBy(() -> runner.readCompiled("MATCH (n) DETACH DELETE n", Map.of()))
                .isInstanceOf(ClientException.class);
        assertThat(GraphFingerprint.of(graph.driver(), graph.database())).isEqualTo(before);
    }

    @Test
    void onlyTheCypherRunnerOpensSessionsAndItNeverWrites() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tiegraph.api", "org.tiegraph.query");
        noClasses().that().resideInAnyPackage("org.tiegraph.api..", "org.tiegraph.query..")
                .and().doNotHaveFullyQualifiedName(CypherRunner.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(Session.class.getName())
                .check(classes);
        DescribedPredicate<JavaMethodCall> writableSessionUse = DescribedPredicate.describe(
                "a session call that may write (executeWrite, beginTransaction, auto-commit run) or Driver.executableQuery",
                call -> (call.getTargetOwner().isAssignableTo(Session.class)
                        && call.getName().matches("executeWrite.*|beginTransaction|run"))
                        || (call.getTargetOwner().isAssignableTo(Driver.class) && call.getName().equals("executableQuery")));
        noClasses().should().callMethodWhere(writableSessionUse)
                .because("API queries run only in read transactions (Session.executeRead)")
                .check(classes);
    }

    @Test
    void writesAreDisabledWithoutAToken() {
        try (ApiUnderTest readOnly = ApiUnderTest.readOnly(graph.driver(), Duration.ofSeconds(5))) {
            for (String path : new String[] {"/api/documents?filename=a.txt", "/api/documents/anything/reload"}) {
                var reply = readOnly.post(path, TEXT.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer x");
                assertThat(reply.status()).as(path).isEqualTo(403);
                assertThat(reply.isProblem()).isTrue();
                assertThat(reply.json().path("detail").asText()).contains("disabled", "TIEGRAPH_WRITE_TOKEN", "--write-token-file");
            }
        }
    }

    @Test
    void writesNeedTheRightBearerToken() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        var missing = writable.post("/api/documents?filename=drones.txt", body);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(missing.isProblem()).isTrue();
        for (String wrong : new String[] {"Bearer " + TOKEN + "x", "Bearer " + TOKEN.substring(1), "Basic " + TOKEN,
                "Bearer", TOKEN}) {
            var reply = writable.post("/api/documents?filename=drones.txt", body, "Authorization", wrong);
            assertThat(reply.status()).as(wrong).isEqualTo(401);
            assertThat(reply.json().path("detail").asText()).isNotBlank();
        }
        assertThat(writable.get("/api/documents/drones").status()).isEqualTo(404);
    }

    @Test
    void guessingTheTokenLocksTheGuesserOutAndAShortTokenIsRefused() {
        // its own API: the lockout counts per client address, and every test here writes from 127.0.0.1
        try (ApiUnderTest guarded = new ApiUnderTest(graph.driver(), "embedded", Duration.ofSeconds(20), TOKEN, null,
                (file, force) -> graph.loader().loadOne(file, force))) {
            byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
            for (int guess = 0; guess < 5; guess++) {
                var wrong = guarded.post("/api/documents?filename=guess.txt", body, "Authorization", "Bearer guess-" + guess);
                assertThat(wrong.status()).isEqualTo(401);
            }
            var locked = guarded.post("/api/documents?filename=guess.txt", body, "Authorization", "Bearer " + TOKEN);
            assertThat(locked.status()).as("even the right token, from a locked-out address").isEqualTo(429);
            assertThat(locked.isProblem()).isTrue();
            assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElse("0"))).isBetween(1L, 60L);
            assertThat(locked.json().path("detail").asText()).contains("5 wrong write tokens");
        }
        assertThatThrownBy(() -> new ApiDependencies.ApiSettings(java.util.List.of(), Duration.ofSeconds(1),
                "fifteen-chars..")).hasMessageContaining("at least 16");
    }

    @Test
    void anAuthorisedUploadLoadsTheDocumentAndAnIdenticalOneChangesNothing() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        String auth = "Bearer " + TOKEN;
        var created = writable.post("/api/documents?filename=drone-deals.txt", body, "Authorization", auth);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode report = created.json();
        assertThat(report.path("status").asText()).isEqualTo("loaded");
        assertThat(report.path("documentId").asText()).isEqualTo("drone-deals");
        assertThat(report.path("sentences").asInt()).isPositive();
        assertThat(created.headers().firstValue("Location")).contains("/api/documents/drone-deals");
        assertThat(writable.get("/api/documents/drone-deals").status()).isEqualTo(200);

        GraphFingerprint loaded = GraphFingerprint.of(graph.driver(), graph.database());
        var again = writable.post("/api/documents?filename=drone-deals.txt", body, "Authorization", auth);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("unchanged");
        assertThat(GraphFingerprint.of(graph.driver(), graph.database())).isEqualTo(loaded);

        var gone = writable.post("/api/documents/drone-deals/reload", new byte[0], "Authorization", auth);
        assertThat(gone.status()).isEqualTo(409);
        assertThat(gone.json().path("detail").asText()).contains("upload it again");
    }

    @Test
    void badUploadsAreProblemsNamingTheFault() {
        String auth = "Bearer " + TOKEN;
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        Map<String, Integer> expected = Map.of(
                "/api/documents", 400,
                "/api/documents?filename=../../etc/passwd.txt", 400,
                "/api/documents?filename=notes.exe", 400,
                "/api/documents?filename=%00.txt", 400,
                "/api/documents?filename=x.txt&force=maybe", 400);
        expected.forEach((path, status) -> {
            var reply = writable.post(path, body, "Authorization", auth);
            assertThat(reply.status()).as(path).isEqualTo(status);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.json().path("parameter").asText()).isIn("filename", "force");
        });
        var empty = writable.post("/api/documents?filename=empty.txt", new byte[0], "Authorization", auth);
        assertThat(empty.status()).isEqualTo(400);
        byte[] binary = new byte[4096];
        new java.util.SplittableRandom(7).nextBytes(binary);
        var garbage = writable.post("/api/documents?filename=garbage.txt", binary, "Authorization", auth);
        assertThat(garbage.status()).isEqualTo(422);
        assertThat(garbage.json().path("detail").asText()).isNotBlank();
        assertThat(garbage.json().path("report").path("status").asText()).isEqualTo("failed");
        var tooBig = writable.post("/api/documents?filename=big.txt", new byte[21 * 1024 * 1024], "Authorization", auth);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().path("detail").asText()).contains("upload cap");
    }

    @Test
    void reloadReadsTheStoredFileAgain(@TempDir Path folder) throws Exception {
        // its own text: the same text as another test's upload would be a duplicate
        Path file = Files.writeString(folder.resolve("kept-brief.txt"), TEXT.replace("Drone cooperation", "Kept brief"));
        assertThat(graph.loader().loadOne(file, false).status()).isEqualTo("loaded");
        var reply = writable.post("/api/documents/kept-brief/reload", new byte[0], "Authorization", "Bearer " + TOKEN);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("documentId").asText()).isEqualTo("kept-brief");
        var unknown = writable.post("/api/documents/no-such-doc/reload", new byte[0], "Authorization", "Bearer " + TOKEN);
        assertThat(unknown.status()).isEqualTo(404);
    }
}
