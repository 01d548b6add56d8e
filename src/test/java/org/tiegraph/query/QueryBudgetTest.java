package org.tiegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.support.TestGraph;

/** One budget per request: its statements share it, however many there are, and none starts once it is spent. */
class QueryBudgetTest {

    private final CypherRunner runner = new CypherRunner(TestGraph.shared().driver(), "neo4j", Duration.ofSeconds(10),
            Catalogue.load().edgeTypes().keySet());

    @AfterEach
    void clear() {
        QueryBudget.clear();
    }

    @Test
    void statementsOfOneRequestShareOneBudget() {
        QueryBudget.start(Duration.ofMillis(300));
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // hang guard: each statement alone is quick
        int run = 0;
        boolean refused = false;
        while (!refused && System.nanoTime() < guard) {
            try {
                runner.read("count_nodes", Map.of());
                run++;
            } catch (QueryBudget.Exhausted e) {
                refused = true;
            } catch (Neo4jException e) {
                // on a loaded machine the budget can also run out inside a statement: the database stops it there
                assertThat(e.code()).containsAnyOf("TransactionTimedOut", "Transaction.Terminated");
                refused = true;
            }
        }
        assertThat(refused).as("a statement refused or stopped after %d ran within the budget", run).isTrue();
    }

    @Test
    void withoutABudgetEachStatementHasTheTimeout() {
        for (int i = 0; i < 20; i++) {
            assertThat(runner.read("count_nodes", Map.of())).hasSize(1);
        }
    }
}
