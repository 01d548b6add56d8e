package org.tiegraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.catalogue.Catalogue.EntityType;

/**
 * Generates the Neo4j Browser stylesheet ({@code cypher/browser/style.grass}) from the catalogue: one rule per entity
 * type with its colour and caption, parents before children (Browser lets the last matching rule win, and a node
 * carries its whole type lineage as labels), then the document-structure labels of the graph model.
 * Run {@code main} after editing the catalogue's colours or captions; a test keeps the committed file in step.
 */
public final class BrowserStyle {

    /** Where the stylesheet is committed, relative to the project directory. */
    public static final Path DEFAULT_OUTPUT = Path.of("cypher", "browser", "style.grass");

    /** Labels of the document layer (see cypher/README.md) and the property each shows as its caption. */
    private static final Map<String, String> STRUCTURE_CAPTIONS = structureCaptions();

    private static final String DARK_TEXT = "#2A2C34";
    private static final String LIGHT_TEXT = "#FFFFFF";

    private BrowserStyle() {
    }

    /** Writes the stylesheet to the path given as the only argument, or to {@link #DEFAULT_OUTPUT}. */
    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, render(Catalogue.load()), StandardCharsets.UTF_8);
        System.out.println("wrote " + output);
    }

    /** The Neo4j Browser stylesheet (GraSS) for the catalogue. */
    public static String render(Catalogue catalogue) {
        StringBuilder out = new StringBuilder();
        rule(out, "node", props("diameter", "50px", "color", "#A5ABB6", "border-color", "#9AA1AC",
                "border-width", "2px", "text-color-internal", LIGHT_TEXT, "font-size", "10px"));
        rule(out, "relationship", props("color", "#A5ABB6", "shaft-width", "1px", "font-size", "8px",
                "padding", "3px", "text-color-external", "#000000", "text-color-internal", LIGHT_TEXT,
                "caption", "'<type>'"));
        rule(out, "node.Entity", props("caption", "'{name}'"));
        for (EntityType type : parentsFirst(catalogue)) {
            String color = normalise(type.color());
            rule(out, "node." + type.name(), props("color", color, "border-color", darker(color),
                    "text-color-internal", readableTextOn(color), "caption", "'{" + type.caption() + "}'"));
        }
        for (Map.Entry<String, String> label : STRUCTURE_CAPTIONS.entrySet()) {
            rule(out, "node." + label.getKey(), props("diameter", "30px", "color", "#DDE1E6",
                    "border-color", "#A9B0B9", "text-color-internal", DARK_TEXT,
                    "caption", "'{" + label.getValue() + "}'"));
        }
        return out.toString();
    }

    private static Map<String, String> structureCaptions() {
        Map<String, String> captions = new LinkedHashMap<>();
        captions.put("Document", "title");
        captions.put("Section", "title");
        captions.put("Sentence", "index");
        captions.put("Source", "title");
        captions.put("Evidence", "modality");
        return captions;
    }

    /** Entity types ordered by depth in the hierarchy, keeping catalogue order within a depth. */
    private static List<EntityType> parentsFirst(Catalogue catalogue) {
        List<EntityType> types = new ArrayList<>(catalogue.entityTypes().values());
        types.sort(Comparator.comparingInt(t -> catalogue.lineage(t.name()).size()));
        return types;
    }

    private static Map<String, String> props(String... keyValues) {
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    private static void rule(StringBuilder out, String selector, Map<String, String> props) {
        out.append(selector).append(" {\n");
        props.forEach((key, value) -> out.append("  ").append(key).append(": ").append(value).append(";\n"));
        out.append("}\n\n");
    }

    private static String normalise(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("catalogue colours must be #rrggbb, got " + color);
        }
        return color.toUpperCase(Locale.ROOT);
    }

    private static int[] rgb(String color) {
        int value = Integer.parseInt(color.substring(1), 16);
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }

    /** The border: the fill colour a quarter darker. */
    static String darker(String color) {
        int[] c = rgb(color);
        return String.format(Locale.ROOT, "#%02X%02X%02X", c[0] * 3 / 4, c[1] * 3 / 4, c[2] * 3 / 4);
    }

    /** White or near-black, whichever contrasts more with the fill (WCAG relative luminance). */
    static String readableTextOn(String color) {
        double luminance = relativeLuminance(color);
        double againstWhite = 1.05 / (luminance + 0.05);
        double againstDark = (luminance + 0.05) / (relativeLuminance(DARK_TEXT) + 0.05);
        return againstWhite >= againstDark ? LIGHT_TEXT : DARK_TEXT;
    }

    private static double relativeLuminance(String color) {
        int[] c = rgb(color);
        return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
