package org.tiegraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentFinderTest {

    private static final Path FOLDER = Path.of("src/test/resources/ingest/folder").toAbsolutePath();

    @Test
    void expandsFoldersRecursivelySortedSkippingHiddenFilesSidecarsAndOtherFormats() {
        List<Path> found = new DocumentFinder().find(List.of(FOLDER));

        assertThat(found).containsExactly(FOLDER.resolve("a.txt"), FOLDER.resolve("sub/b.md"));
    }

    @Test
    void mergesFilesAndFoldersWithoutDuplicates() {
        Path file = FOLDER.resolve("a.txt");

        List<Path> found = new DocumentFinder().find(List.of(file, FOLDER, file));

        assertThat(found).containsExactly(file, FOLDER.resolve("sub/b.md"));
    }

    @Test
    void acceptsEverySupportedExtensionInAnyCase(@TempDir Path dir) throws IOException {
        for (String name : List.of("a.TXT", "b.md", "c.markdown", "d.html", "e.HTM", "f.pdf", "g.docx", "h.meta.yaml")) {
            Files.writeString(dir.resolve(name), "x");
        }

        List<Path> found = new DocumentFinder().find(List.of(dir));

        assertThat(found).extracting(p -> p.getFileName().toString())
                .containsExactly("a.TXT", "b.md", "c.markdown", "d.html", "e.HTM", "f.pdf");
    }

    @Test
    void refusesMissingInputsAndUnsupportedFilesWithActionableMessages(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("table.csv"), "a,b");
        DocumentFinder finder = new DocumentFinder();

        assertThatThrownBy(() -> finder.find(List.of(dir.resolve("nope"))))
                .isInstanceOf(DocumentException.class).hasMessageContaining("no such file or folder");
        assertThatThrownBy(() -> finder.find(List.of(csv)))
                .isInstanceOf(DocumentException.class).hasMessageContaining("unsupported file type")
                .hasMessageContaining(".pdf");
    }
}
