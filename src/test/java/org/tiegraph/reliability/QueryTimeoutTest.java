package org.tiegraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tiegraph.support.TestGraph;

/**
 * The server-side transaction timeout: a query that outlives it is stopped by Neo4j and answered promptly as 504
 * problem+json (not retried by the driver, not a 500).
 */
class QueryTimeoutTest {

    @Test
    void aQueryBeyondTheTimeoutIsA504ProblemAtOnce() {
        try (ApiUnderTest api = ApiUnderTest.readOnly(TestGraph.shared().driver(), Duration.ofMillis(1))) {
            // queries that need more than a millisecond (count-store lookups such as /api/stats may not)
            for (String path : new String[] {"/api/entities/russia/neighborhood?depth=3&limit=1000",
                    "/api/paths?from=china&to=iran&maxHops=6&limit=100"}) {
                long t0 = System.nanoTime();
                ApiUnderTest.Reply reply = api.get(path);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("timeout probe %s -> %d in %d ms: %s%n", path, reply.status(), millis, reply.body());
                assertThat(reply.status()).as(path).isEqualTo(504);
                assertThat(reply.isProblem()).isTrue();
                assertThat(reply.json().path("type").asText()).isEqualTo("urn:tiegraph:problem:query-timeout");
                assertThat(reply.json().path("detail").asText()).contains("limit");
                assertThat(millis).as("answered without retries").isLessThan(5_000);
            }
        }
    }
}
