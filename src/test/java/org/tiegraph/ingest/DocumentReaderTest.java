package org.tiegraph.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTest {

    private static final Path RESOURCES = Path.of("src/test/resources/ingest").toAbsolutePath();
    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsPlainTextWithStableIdHashAndFirstLineTitle(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("2025 Wishnick – USCC Testimony.txt"),
                "\r\n  China’s Military Cooperation\r\nBody text.\r\n");

        RawDocument doc = reader.read(file);

        assertThat(doc.id()).isEqualTo("2025-wishnick-uscc-testimony");
        assertThat(doc.format()).isEqualTo("txt");
        assertThat(doc.text()).isEqualTo("\n  China’s Military Cooperation\nBody text.\n");
        assertThat(doc.title()).isEqualTo("China’s Military Cooperation");
        assertThat(doc.sha256()).isEqualTo(DocumentReader.sha256(doc.text())).hasSize(64);
        assertThat(doc.metadata()).isEmpty();
        assertThat(reader.read(file)).isEqualTo(doc);
    }

    @Test
    void readsMarkdownWithSidecarMetadataTakingPrecedenceForTheTitle() {
        RawDocument doc = reader.read(RESOURCES.resolve("notes.md"));

        assertThat(doc.id()).isEqualTo("notes");
        assertThat(doc.format()).isEqualTo("md");
        assertThat(doc.title()).isEqualTo("Briefing on Iran and Russia");
        assertThat(doc.metadata()).containsEntry("author", "Jane Analyst").containsEntry("date", "2024-05-01")
                .containsEntry("venue", "Example Institute").containsEntry("kind", "briefing")
                .containsEntry("source", "internal").containsEntry("tags", "iran; russia");
        assertThat(doc.text()).startsWith("# Iran and Russia: a briefing\n");
    }

    @Test
    void markdownTitleFallsBackToTheFirstHeading(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("brief.md"), "Intro line\n\n## Sanctions Overview ##\n\nText.\n");

        assertThat(reader.read(file).title()).isEqualTo("Sanctions Overview");
    }

    @Test
    void readsHtmlAsReadableBlocksWithoutScriptsStylesOrNavigation() {
        RawDocument doc = reader.read(RESOURCES.resolve("page.html"));

        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.title()).isEqualTo("Sanctions Notice: Drone Makers");
        assertThat(doc.text()).doesNotContain("tracking", "color", "hidden", "Home");
        assertThat(doc.text().split("\n")).contains(
                "# Sanctions on drone makers",
                "The Treasury sanctioned two companies in Shenzhen for producing drones for Russia.1 The firms deny it.",
                "## Background",
                "- Xiamen Limbach supplied engines",
                "- Garpiya-3 drones were assembled in Xinjiang",
                "Officials said the U.S. Treasury acted on Oct. 17, 2024.",
                "More measures may follow.");
        assertThat(doc.text()).contains("# Sanctions on drone makers\n\nThe Treasury");
    }

    @Test
    void readsPdfTextAndTitle(@TempDir Path dir) throws IOException {
        Path file = pdf(dir.resolve("notice.pdf"), "Treasury Notice", "Treasury sanctioned two firms in Shenzhen.",
                "They built drones for Russia.");

        RawDocument doc = reader.read(file);

        assertThat(doc.format()).isEqualTo("pdf");
        assertThat(doc.title()).isEqualTo("Treasury Notice");
        assertThat(doc.text()).contains("Treasury sanctioned two firms in Shenzhen.", "They built drones for Russia.");
        ParsedDocument parsed = new DocumentParser().parse(doc);
        assertThat(parsed.sentences()).extracting(Sentence::text)
                .containsExactly("Treasury sanctioned two firms in Shenzhen.", "They built drones for Russia.");
    }

    @Test
    void refusesPdfWithoutText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("no extractable text").hasMessageContaining("OCR");
    }

    @Test
    void refusesBrokenPdf(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("cannot read the PDF");
    }

    @Test
    void refusesInvalidUtf8WithTheOffsetAndAFix(@TempDir Path dir) throws IOException {
        byte[] latin1 = "Beijing’s aim".replace('’', '\'').concat(" caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), latin1);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("byte offset 17")
                .hasMessageContaining("re-save it");
    }

    @Test
    void refusesEmptyBlankAndBinaryFiles(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.md"), "  \n\n\t\n");
        Path binary = Files.write(dir.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read(blank)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("contains no text");
        assertThatThrownBy(() -> reader.read(binary)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void nulBytesAreRefusedAnywhereInATextAndDroppedFromWhatADocumentSaysOfItself(@TempDir Path dir) throws IOException {
        byte[] text = "Russia buys drones from Iran. ".repeat(1_000).getBytes(StandardCharsets.UTF_8);
        text[20_000] = 0; // well past the first 8 KB
        for (String name : List.of("deep.txt", "deep.md", "deep.html")) {
            Path file = Files.write(dir.resolve(name), text);
            assertThatThrownBy(() -> reader.read(file)).as(name).isInstanceOf(DocumentException.class)
                    .hasMessageContaining("NUL");
        }
        Path pdfFile = pdf(dir.resolve("titled.pdf"), "Treasury\u0000 Notice", "Treasury sanctioned two firms.");
        Files.writeString(dir.resolve("titled.meta.yaml"), "author: \"Desk\\0 B\"\n");
        RawDocument doc = reader.read(pdfFile);
        assertThat(doc.title()).isEqualTo("Treasury Notice");
        assertThat(doc.metadata()).containsEntry("author", "Desk B");
        assertThat(doc.text()).doesNotContain("\u0000");
    }

    @Test
    void refusesMissingUnsupportedAndMalformedSidecar(@TempDir Path dir) throws IOException {
        Path doc = Files.writeString(dir.resolve("report.txt"), "Text.");
        Files.writeString(dir.resolve("report.meta.yaml"), "title: [unclosed");
        Path sheet = Files.writeString(dir.resolve("sheet.xlsx"), "x");

        assertThatThrownBy(() -> reader.read(dir.resolve("missing.txt"))).isInstanceOf(DocumentException.class)
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> reader.read(sheet)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("unsupported file type '.xlsx'");
        assertThatThrownBy(() -> reader.read(doc)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("report.meta.yaml").hasMessageContaining("not valid YAML");
    }

    @Test
    void markdownFrontMatterIsMetadataNotText(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("brief.md"), "---\ntitle: Drone Parts Brief\nauthor: J. Doe\n"
                + "date: 2025-03-01\ntags: [drones, russia]\n---\n# Heading\n\nChina sent drone parts to Iran.\n");
        RawDocument doc = reader.read(file);
        assertThat(doc.title()).isEqualTo("Drone Parts Brief");
        assertThat(doc.metadata()).containsEntry("author", "J. Doe").containsEntry("date", "2025-03-01")
                .containsEntry("tags", "drones, russia");
        assertThat(doc.text()).doesNotContain("author:").doesNotContain("---").startsWith("# Heading");
        ParsedDocument parsed = new DocumentParser().parse(doc);
        assertThat(parsed.sentences()).noneMatch(s -> s.text().contains("J. Doe"));
    }

    @Test
    void aDashedBlockThatIsNotAMappingStaysText(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("note.txt"), "---\njust a rule line\n---\nChina sent drones.\n");
        assertThat(reader.read(file).text()).contains("just a rule line");
    }

    @Test
    void htmlTitleAndMetaAreMetadataNotText(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), "<html><head><title>Sanctions Update</title>"
                + "<meta name=\"author\" content=\"Press Office\"><meta property=\"article:published_time\" "
                + "content=\"2024-10-18\"></head><body><p>The US sanctioned two companies.</p></body></html>");
        RawDocument doc = reader.read(file);
        assertThat(doc.title()).isEqualTo("Sanctions Update");
        assertThat(doc.metadata()).containsEntry("author", "Press Office").containsEntry("date", "2024-10-18");
        assertThat(doc.text()).doesNotContain("Sanctions Update").doesNotContain("Press Office");
    }

    @Test
    void slugsAreLowercaseAsciiAndStable() {
        assertThat(DocumentReader.slug("2025-Wishnick USCC_China (Military) Coöperation"))
                .isEqualTo("2025-wishnick-uscc-china-military-cooperation");
        assertThat(DocumentReader.slug("«»")).isEqualTo("document");
    }

    @Test
    void contentHashIsTheSameForTheSameTextLaidOutDifferently(@TempDir Path dir) throws IOException {
        String text = "China sells drones to Russia.\n\nIran supplies shells.\n";
        RawDocument original = reader.read(Files.writeString(dir.resolve("a.txt"), text));
        RawDocument renamed = reader.read(Files.writeString(dir.resolve("b.md"), text));
        RawDocument rewrapped = reader.read(Files.writeString(dir.resolve("c.txt"),
                "\uFEFF  China sells drones\r\nto Russia.\r\n\r\nIran supplies \uFF53hells.  "));
        RawDocument other = reader.read(Files.writeString(dir.resolve("d.txt"), text.replace("Iran", "Iraq")));

        assertThat(renamed.contentHash()).isEqualTo(original.contentHash()).hasSize(64);
        assertThat(rewrapped.sha256()).isNotEqualTo(original.sha256());
        assertThat(rewrapped.contentHash()).isEqualTo(original.contentHash());
        assertThat(other.contentHash()).isNotEqualTo(original.contentHash());
    }

    @Test
    void aFirstLineThatIsProseGivesWayToTheFileName(@TempDir Path dir) throws IOException {
        String paragraph = "China and Russia held joint naval exercises in 2023, which the PRC described as routine, "
                + "while observers in Japan and the United States read them as a signal to regional partners.\n";
        assertThat(reader.read(Files.writeString(dir.resolve("naval_drills-2023.txt"), paragraph)).title())
                .isEqualTo("naval drills 2023");
        assertThat(reader.read(Files.writeString(dir.resolve("short.txt"), "Naval drills\n\n" + paragraph)).title())
                .isEqualTo("Naval drills");
    }

    @Test
    void metadataComesFromTheSidecarAlone(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("brief.txt"), "Text.\n");
        assertThat(DocumentReader.metadata(file)).isEmpty();
        Files.writeString(dir.resolve("brief.meta.yaml"), "title: A brief\ndate: \"2024\"\n");
        assertThat(DocumentReader.metadata(file)).containsEntry("title", "A brief").containsEntry("date", "2024");
    }

    /** A PDF titled {@code title} with one page per line of text. */
    private static Path pdf(Path file, String title, String... lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle(title);
            for (String line : lines) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }
}
