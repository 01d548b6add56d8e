package org.tiegraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter at the top of a Markdown or text file ("---" line, key: value lines, "---" line): the document's
 * metadata, never its text. A block that is not a YAML mapping is left in the text as it is.
 */
final class FrontMatter {

    /** The metadata a file declares and the text after its front matter. */
    record Split(Map<String, String> metadata, String body) {
    }

    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final int MAX_BLOCK = 64 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FrontMatter() {
    }

    static Split split(String text) {
        if (!text.startsWith("---") && !text.startsWith("\uFEFF---")) {
            return new Split(Map.of(), text);
        }
        Matcher m = BLOCK.matcher(text.length() > MAX_BLOCK ? text.substring(0, MAX_BLOCK) : text);
        if (!m.find()) {
            return new Split(Map.of(), text);
        }
        try {
            JsonNode node = YAML.readTree(m.group(1));
            if (node == null || !node.isObject()) {
                return new Split(Map.of(), text);
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            node.properties().forEach(e -> {
                JsonNode v = e.getValue();
                String value = v.isValueNode() ? v.asText() : v.isArray() ? joined(v) : v.toString();
                if (!value.isBlank()) {
                    metadata.put(e.getKey().toLowerCase(Locale.ROOT), value.strip());
                }
            });
            return new Split(metadata, text.substring(m.end()));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return new Split(Map.of(), text);
        }
    }

    private static String joined(JsonNode array) {
        StringBuilder b = new StringBuilder();
        array.forEach(v -> b.append(b.isEmpty() ? "" : ", ").append(v.asText()));
        return b.toString();
    }
}
