package org.tiegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every statement in cypher/queries is one statement with a header that lists its parameters and columns. */
class CypherQueriesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z][A-Za-z0-9_]*)");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("cypher/queries"))) {
            return s.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
        }
    }

    @Test
    void eachFileDocumentsItsParametersAndColumns() throws IOException {
        assertThat(files()).isNotEmpty();
        for (Path file : files()) {
            String text = Files.readString(file);
            String header = text.lines().takeWhile(l -> l.startsWith("//")).reduce("", (a, b) -> a + b + "\n");
            String body = text.lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + b + "\n");
            assertThat(header).as(file.toString()).contains("Parameters:").contains("Columns:");
            Matcher m = PARAMETER.matcher(body);
            while (m.find()) {
                assertThat(header).as("%s documents $%s", file, m.group(1)).contains(m.group(1));
            }
            assertThat(body.strip()).as(file + " holds one statement").doesNotContain(";");
        }
    }

    @Test
    void everyStatementTheCodeNamesExists() throws IOException {
        Pattern named = Pattern.compile("read\\(\"([a-z_]+)\"");
        List<String> existing = files().stream().map(p -> p.getFileName().toString().replace(".cypher", "")).toList();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/tiegraph/query"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = named.matcher(Files.readString(source));
                while (m.find()) {
                    assertThat(existing).as("%s names %s", source.getFileName(), m.group(1)).contains(m.group(1));
                }
            }
        }
    }
}
