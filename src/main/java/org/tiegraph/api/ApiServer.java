package org.tiegraph.api;
// TEMPORARY placeholder so main compiles until the helper branch that owns this file is merged; replaced by it.
import io.javalin.Javalin;
public final class ApiServer { public static Javalin create(ApiDependencies d) { return Javalin.create(c -> c.routes.get("/api/health", ctx -> ctx.json(java.util.Map.of("status","ok")))); } }
