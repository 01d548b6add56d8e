package org.tiegraph.api;

import java.util.List;
import org.neo4j.driver.Driver;
import org.tiegraph.extract.Catalogue;

/**
 * What the HTTP layer needs from the application: a driver (embedded or external, same code path), the database name,
 * the catalogue (the whitelist of labels and types), how the app runs, and the HTTP settings.
 */
public record ApiDependencies(Driver driver, String database, Catalogue catalogue, RuntimeInfo runtime,
                              ApiSettings settings) {

    /** How the application runs: "embedded" or "external", the Bolt URI clients may use, the product version. */
    public record RuntimeInfo(String mode, String boltUri, String version) {
    }

    /** HTTP-level settings: allowed CORS origins, the per-query transaction timeout, the write token (null: writes off). */
    public record ApiSettings(List<String> corsOrigins, java.time.Duration queryTimeout, String writeToken) {
    }
}
