package org.tiegraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs recorded statements under {@code PROFILE} and keeps what the plan says: rows, database hits, time and the
 * operators that did most of the work. Each statement runs twice and the second run counts, so the time excludes
 * planning the PROFILE variant. The report carries these for the slowest request of each operation.
 */
final class QueryProfiler {

    private static final int TOP_OPERATORS = 3;

    private QueryProfiler() {
    }

    static List<BenchReport.StatementProfile> profile(Driver driver, String database,
                                                      List<RecordingDriver.RecordedTransaction> transactions) {
        List<BenchReport.StatementProfile> out = new ArrayList<>();
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            for (RecordingDriver.RecordedTransaction t : transactions) {
                for (RecordingDriver.Statement st : t.statements()) {
                    Query query = new Query("PROFILE " + st.text(), st.parameters());
                    ResultSummary summary = null;
                    for (int run = 0; run < 2; run++) {
                        summary = session.executeRead(tx -> {
                            var result = tx.run(query);
                            result.list();
                            return result.consume();
                        }, t.config());
                    }
                    out.add(summarise(st.text(), summary));
                }
            }
        }
        return out;
    }

    private static BenchReport.StatementProfile summarise(String text, ResultSummary summary) {
        List<ProfiledPlan> operators = new ArrayList<>();
        ProfiledPlan root = summary.profile();
        long rows = root == null ? 0 : root.records();
        if (root != null) {
            collect(root, operators);
        }
        long hits = operators.stream().mapToLong(ProfiledPlan::dbHits).sum();
        List<String> top = operators.stream().sorted(Comparator.comparingLong(ProfiledPlan::dbHits).reversed())
                .limit(TOP_OPERATORS)
                .map(p -> String.format(Locale.ROOT, "%s: %d db hits, %d rows", p.operatorType().replaceAll("@.*$", ""),
                        p.dbHits(), p.records()))
                .toList();
        double millis = summary.resultAvailableAfter(java.util.concurrent.TimeUnit.MICROSECONDS) / 1000.0
                + summary.resultConsumedAfter(java.util.concurrent.TimeUnit.MICROSECONDS) / 1000.0;
        return new BenchReport.StatementProfile(label(text), rows, hits, Math.round(millis * 100) / 100.0, top);
    }

    private static void collect(ProfiledPlan plan, List<ProfiledPlan> into) {
        into.add(plan);
        plan.children().forEach(c -> collect((ProfiledPlan) c, into));
    }

    /** The first comment line of a statement (its description), else its first line of code, shortened. */
    static String label(String text) {
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        String label = first.startsWith("//") ? first.substring(2).strip() : first;
        return label.length() > 90 ? label.substring(0, 87) + "..." : label;
    }
}
