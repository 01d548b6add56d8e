package org.tiegraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The API description: the OpenAPI 3 document (kept as {@code openapi/openapi.yaml} on the classpath, served as JSON
 * at {@code /openapi.json}) and a Swagger UI page at {@code /docs} using the swagger-ui webjar.
 */
final class DocsController {

    static final String SPEC_RESOURCE = "openapi/openapi.yaml";
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String specJson;
    private final String page;

    DocsController(ObjectMapper mapper, String productVersion) {
        JsonNode spec = readYaml(SPEC_RESOURCE);
        if (productVersion != null && spec.path("info") instanceof ObjectNode info) {
            info.put("version", productVersion);
        }
        try {
            this.specJson = mapper.writeValueAsString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.page = swaggerPage(webjarVersion());
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(specJson);
    }

    void docs(Context ctx) {
        ctx.html(page);
    }

    static JsonNode readYaml(String resource) {
        try (InputStream in = DocsController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String webjarVersion() {
        try (InputStream in = DocsController.class.getClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerPage(String version) {
        String base = "webjars/swagger-ui/" + version + "/";
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>tiegraph API</title>
                  <link rel="stylesheet" href="%sswagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%sswagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({url: "openapi.json", dom_id: "#swagger-ui", deepLinking: true});
                  </script>
                </body>
                </html>
                """.formatted(base, base);
    }
}
