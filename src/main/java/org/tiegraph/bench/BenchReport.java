package org.tiegraph.bench;

import java.util.List;

/** Everything one bench run measured, as written to {@code report.json} and rendered to {@code report.md}. */
public record BenchReport(String startedAt, Machine machine, Settings settings, Write write, Shape graph,
                          List<OperationLatency> latency, List<Throughput> throughput, List<MemorySnapshot> memory,
                          List<QueryProfile> profiles, SeedLoad seedLoad, List<TargetCheck> targets,
                          List<String> notes) {

    /**
     * The machine and the load on it: cores, RAM, OS, JDK, JVM flags that matter, Neo4j, and the 1-minute load
     * average at start and end (other processes share the cores).
     */
    public record Machine(int cores, long ramBytes, String os, String jdk, String neo4j, String loadAverageStart,
                          String loadAverageEnd) {
    }

    /** How the run was configured. */
    public record Settings(String size, int entities, long seed, String database, long maxHeapBytes,
                           String pageCache, double warmupSeconds, int requestsPerOperation, int latencyRequests,
                           double latencyBudgetSeconds, double throughputSeconds, int throughputRequests,
                           List<Integer> clients, int batchRows) {
    }

    /**
     * One bulk-write phase: what it created and the time its statements took (phases of the two write lanes overlap,
     * so these times add up to more than the wall time).
     */
    public record WritePhase(String name, long nodes, long relationships, double seconds) {
    }

    /**
     * The bulk write: phases; totals; the wall time of the write itself and the rate over it; the wall time including
     * graph generation and schema and the rate over that; the CPU time the whole process used while writing (other
     * processes on a shared machine do not inflate it) and relationships per CPU second; the size of the store files
     * on disk, transaction logs excluded (embedded only, else -1).
     */
    public record Write(List<WritePhase> phases, long nodes, long relationships, double writeSeconds,
                        double relationshipsPerSecond, double wallSeconds, double relationshipsPerSecondWall,
                        double cpuSeconds, double relationshipsPerCpuSecond, long storeBytes) {
    }

    /** A high-degree entity. */
    public record Hub(String id, String name, String type, int degree) {
    }

    /** What the database holds after the write, and the degree distribution of the domain edges. */
    public record Shape(long entities, long domainEdges, long evidence, long sentences, long documents, long sources,
                        long relationships, double meanDegree, int medianDegree, int p99Degree, int maxDegree,
                        List<Hub> hubs) {
    }

    /**
     * Sequential latency of one operation through the REST API and through the raw driver replaying the same
     * statements, in the same run; {@code ratioP50} is API p50 / driver p50; the API figures split by whether an
     * endpoint of the request is one of the highest-degree entities.
     */
    public record OperationLatency(String operation, String example, int distinctRequests, int hubRequests,
                                   double statementsPerRequest, double meanResponseBytes, LatencyStats api,
                                   LatencyStats driver, double ratioP50, long errors, LatencyStats apiOrdinary,
                                   LatencyStats apiHubs) {
    }

    /**
     * Throughput of one operation at a number of concurrent clients, through the API or the raw driver; with the CPU
     * time the process used, and requests per CPU second (what the work costs, whatever else runs on the machine).
     */
    public record Throughput(String operation, String via, int clients, long requests, double seconds,
                             double requestsPerSecond, LatencyStats latency, long errors, double cpuSeconds,
                             double requestsPerCpuSecond) {
    }

    /** The statements of one request (the slowest of its operation on the driver side) run under PROFILE. */
    public record QueryProfile(String operation, String request, double driverMillis,
                               List<StatementProfile> statements) {
    }

    /** One profiled statement: its description, rows returned, total database hits, time, busiest operators. */
    public record StatementProfile(String statement, long rows, long dbHits, double millis, List<String> topOperators) {
    }

    /** Heap and resident memory at a point of the run. */
    public record MemorySnapshot(String phase, long heapUsedBytes, long heapMaxBytes, long rssBytes, long peakRssBytes) {
    }

    /** Loading the seed document(s) text to graph with force: the first (cold) and the following (warm) loads. */
    public record SeedLoad(List<String> documents, double firstMillis, List<Double> warmMillis, double warmMedianMillis,
                           int edges, String status) {
    }

    /** A target the product is held to, what was measured, and whether it was met (null: not measured). */
    public record TargetCheck(String target, String measured, Boolean met) {
    }
}
