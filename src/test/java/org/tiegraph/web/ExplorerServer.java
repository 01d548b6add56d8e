package org.tiegraph.web;

/** The server the browser tests talk to (temporary: an external URL until the harness lands on main). */
final class ExplorerServer implements AutoCloseable {
    private final String baseUrl;

    private ExplorerServer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static ExplorerServer start() {
        String url = System.getProperty("tiegraph.url");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null, "set -Dtiegraph.url until the in-process server lands");
        return new ExplorerServer(url);
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
    }
}
