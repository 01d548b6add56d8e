package org.tiegraph.app;

import java.io.PrintStream;
import java.util.List;
import org.tiegraph.graph.LoadReport;

/** Prints the totals of a load and the details a user must act on (rejected edges, failures). */
final class LoadReports {

    private LoadReports() {
    }

    static void print(List<LoadReport> reports, PrintStream out) {
        long loaded = reports.stream().filter(r -> r.status().equals(LoadReport.LOADED)).count();
        long unchanged = reports.stream().filter(r -> r.status().equals(LoadReport.UNCHANGED)).count();
        long failed = reports.stream().filter(r -> r.status().equals(LoadReport.FAILED)).count();
        long duplicates = reports.stream().filter(r -> r.status().equals(LoadReport.DUPLICATE)).count();
        int edges = reports.stream().mapToInt(LoadReport::edges).sum();
        int rejected = reports.stream().mapToInt(r -> r.rejected().size()).sum();
        out.printf("load report: %d documents loaded, %d unchanged, %d duplicates, %d failed; %d edges, %d rejected%n",
                loaded, unchanged, duplicates, failed, edges, rejected);
        for (LoadReport r : reports) {
            r.rejected().stream().limit(20).forEach(x -> out.printf("  rejected in %s: %s -[%s]-> %s: %s%n",
                    r.documentId(), x.source(), x.type(), x.target(), x.reason()));
            if (r.rejected().size() > 20) {
                out.printf("  ... %d more rejected in %s (see /api/documents/%s/report)%n", r.rejected().size() - 20,
                        r.documentId(), r.documentId());
            }
        }
    }
}
