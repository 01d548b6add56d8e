package org.tiegraph.app;

import org.neo4j.configuration.Description;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.SettingsDeclaration;
import org.neo4j.graphdb.config.Setting;

/**
 * The one Neo4j Browser setting Community Neo4j reads through {@code dbms.clientConfig()} but does not declare: declared
 * here (found by Neo4j as a service), so the embedded DBMS can tell Browser to make no outside connections.
 */
public final class BrowserSettings implements SettingsDeclaration {

    @Description("Whether Neo4j Browser may fetch content from outside this machine (guides, news, version checks).")
    public static final Setting<Boolean> allow_outgoing_connections = SettingImpl.newBuilder(
            "browser.allow_outgoing_connections", SettingValueParsers.BOOL, false).build();
}
