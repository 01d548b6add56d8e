package org.tiegraph.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the parse of the real OCR'd seed testimony. */
class SeedDocumentTest {

    private static final Path SEED =
            Path.of("seeds/2025-wishnick-uscc-china-military-cooperation-russia-iran-north-korea.txt");
    private static ParsedDocument parsed;
    private static String text;

    @BeforeAll
    static void parseSeed() {
        parsed = new DocumentParser().parse(new DocumentReader().read(SEED));
        text = parsed.document().text();
    }

    @Test
    void readsIdTitleAndMetadataFromTheFileAndItsSidecar() {
        RawDocument doc = parsed.document();

        assertThat(doc.id()).isEqualTo("2025-wishnick-uscc-china-military-cooperation-russia-iran-north-korea");
        assertThat(doc.title()).isEqualTo("China’s Military Cooperation and Activities with Russia, Iran, and North Korea");
        assertThat(doc.metadata()).containsEntry("author", "Elizabeth Wishnick").containsEntry("kind", "testimony");
    }

    @Test
    void everySegmentIsVerbatimOrderedAndTheSentenceTextJoinsThem() {
        int previousEnd = 0;
        for (Sentence sentence : parsed.sentences()) {
            List<String> pieces = new ArrayList<>();
            for (Sentence.Segment segment : sentence.segments()) {
                assertThat(segment.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(segment.end());
                previousEnd = segment.end();
                String piece = text.substring(segment.start(), segment.end());
                assertThat(piece).isEqualTo(piece.strip()).isNotEmpty();
                pieces.add(piece);
            }
            assertThat(sentence.text()).isEqualTo(String.join(" ", pieces));
            assertThat(sentence.start()).isEqualTo(sentence.segments().get(0).start());
            assertThat(sentence.end()).isEqualTo(sentence.segments().get(sentence.segments().size() - 1).end());
        }
    }

    @Test
    void findsAllSixtyTwoFootnotesInOrderAndEveryBodyMarkerButTheLostLastOne() {
        assertThat(parsed.footnotes()).extracting(Footnote::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 62).boxed().toList());
        List<Integer> cited = parsed.sentences().stream().flatMap(s -> s.footnotes().stream()).toList();
        // the OCR lost the body marker of footnote 62 ("across the Caspian Sea." has none)
        assertThat(cited).containsExactlyElementsOf(IntStream.rangeClosed(1, 61).boxed().toList());
    }

    @Test
    void keepsFootnoteTextOutOfTheBody() {
        assertThat(parsed.sentences()).extracting(Sentence::text)
                .noneMatch(t -> t.contains("http") || t.contains("www.") || t.contains("For more on this"));
        for (Footnote footnote : parsed.footnotes()) {
            assertThat(footnote.text()).isNotBlank();
            assertThat(text.substring(footnote.start(), footnote.end()))
                    .startsWith(footnote.text().substring(0, Math.min(20, footnote.text().length())));
        }
    }

    @Test
    void keepsKnownSentencesWholeWithTheirFootnotes() {
        assertThat(sentenceStarting("In October 2024, the US sanctioned").text().replace('\n', ' ')).isEqualTo(
                "In October 2024, the US sanctioned two companies in southeastern China for producing drones for "
                        + "Russia, the first evidence of Chinese firms producing complete weapons systems for use in Ukraine.");
        assertThat(sentenceStarting("In October 2024, the US sanctioned").footnotes()).containsExactly(25);
        assertThat(sentenceStarting("European intelligence agencies claim").footnotes()).containsExactly(27);
        assertThat(sentenceStarting("China and Russia claim they are priority partners").footnotes())
                .containsExactly(10);
    }

    @Test
    void joinsTheSentenceThatAFootnoteBlockCutsAtAPageBreak() {
        Sentence sanctions = sentenceStarting("UN sanctions in 2007");

        assertThat(sanctions.segments()).hasSize(2);
        assertThat(sanctions.text()).endsWith("since the removal of sanctions in 2020.")
                .doesNotContain("mehrnews", "Rear Admiral");
        assertThat(text.substring(sanctions.segments().get(1).start(), sanctions.segments().get(1).end()))
                .startsWith("to any significant degree");
    }

    @Test
    void repairsTheBrokenUrlsOfTheFootnotes() {
        assertThat(urlsOf(2)).contains("https://warontherocks.com/2022/05/beijings-ukrainian-battle-lab/",
                "https://thediplomat.com/2023/02/as-russias-military-stumbles-in-ukraine-chinese-strategists-are-taking-notes/");
        assertThat(urlsOf(12)).containsExactly(
                "https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/2649_665393/200107/t20010724_679026.html");
        assertThat(urlsOf(25)).containsExactly(
                "https://www.cnn.com/2024/10/18/china/us-sanctions-chinese-companies-attack-drones-russia-intl-hnk/index.html");
        assertThat(urlsOf(17)).contains(
                "https://maritime-executive.com/editorials/is-russia-helping-china-with-hybrid-nuclear-submarine");
        assertThat(parsed.footnotes().get(24).sources().get(0).title())
                .isEqualTo("US imposes first sanctions on Chinese firms for making weapons for Russia’s war in Ukraine");
    }

    @Test
    void makesOneSectionPerNumberedQuestion() {
        assertThat(parsed.sections()).hasSize(8);
        for (int i = 0; i < 8; i++) {
            Section section = parsed.sections().get(i);
            assertThat(section.title()).startsWith((i + 1) + ") ");
            assertThat(section.index()).isEqualTo(i);
            assertThat(text.substring(section.start(), section.end())).startsWith((i + 1) + ")");
        }
        assertThat(sentenceStarting("In October 2024, the US sanctioned").sectionId()).endsWith(":sec1");
    }

    @Test
    void offersFootnoteProseForExtractionInTheSectionThatCitesIt() {
        List<Sentence> notes = new DocumentParser().footnoteSentences(parsed);

        assertThat(notes).extracting(Sentence::text).noneMatch(t -> t.contains("http"))
                .anyMatch(t -> t.replaceAll("\\s+", " ").startsWith("China signed a strategic partnership"));
        Sentence caspian = notes.stream().filter(s -> s.text().startsWith("Iran sends military equipment"))
                .findFirst().orElseThrow();
        assertThat(caspian.footnotes()).containsExactly(47);
        assertThat(caspian.sectionId()).endsWith(":sec4");
        for (Sentence note : notes) {
            assertThat(note.text()).isEqualTo(String.join(" ", note.segments().stream()
                    .map(s -> text.substring(s.start(), s.end())).toList()));
        }
    }

    @Test
    void losesNoTextOnlyHeadingsMarkersAndBulletsStayOutsideSentencesAndFootnotes() {
        boolean[] covered = new boolean[text.length()];
        for (Sentence sentence : parsed.sentences()) {
            sentence.segments().forEach(s -> java.util.Arrays.fill(covered, s.start(), s.end(), true));
        }
        List<TextLayout.Unit> units = TextLayout.units(text, true);
        for (FootnoteSeparator.Draft footnote : FootnoteSeparator.separate(text, units).footnotes()) {
            footnote.pieces.forEach(p -> java.util.Arrays.fill(covered, p[0], p[1], true));
        }
        String headings = parsed.document().title() + " " + String.join(" ", parsed.sections().stream()
                .map(Section::title).toList()) + " Appendix 1 Sino-Russian Territorial Boundaries in History"
                + " Appendix 2: Heixiazi (Bolshoi Ussuriiskii) Island";
        StringBuilder uncovered = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !covered[i] && !Character.isWhitespace(text.charAt(i))) {
                uncovered.append(text.charAt(i));
            } else if (!uncovered.isEmpty()) {
                // anything longer than a marker or a bullet glyph must sit on a heading line
                if (uncovered.length() > 3) {
                    int lineStart = text.lastIndexOf('\n', i - 1) + 1;
                    int lineEnd = text.indexOf('\n', i - 1);
                    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
                    assertThat(headings).as("text outside sentences and footnotes").contains(line);
                }
                uncovered.setLength(0);
            }
        }
    }

    private static Sentence sentenceStarting(String prefix) {
        return parsed.sentences().stream().filter(s -> s.text().replaceAll("\\s+", " ").startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<String> urlsOf(int footnote) {
        return parsed.footnotes().get(footnote - 1).sources().stream().map(Source::url).toList();
    }
}
