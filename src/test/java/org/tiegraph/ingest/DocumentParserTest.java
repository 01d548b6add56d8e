package org.tiegraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.ingest.ParsingFixtures.parse;

class DocumentParserTest {

    /** Two OCR'd pages: footnotes at the foot of page one, a sentence running on to page two. */
    private static final String TWO_PAGES = """
             A Testimony on Drones

            1) What is happening?

            Russia buys drones from China.! The firms are in Shenzhen and
            their output is rising.’ UN sanctions in 2007 restricted any resumption of sales and they have not resumed

            ! For more on this, see Jane Doe, “Drone Trade,” May 2, 2022, https://example.com/2022/05/drone-
            trade-report/.

            ’ “Shenzhen Output,” April 1, 2023, https://example.org/news/wjdt 665385/shenzhen.html.
             to any significant degree since 2020. Officials deny this.?

            3 “Denial,” June 1, 2024,
            https://example.net/denial.
            """;

    @Test
    void separatesFootnoteBlocksFromBodyAndRepairsMangledNumbers() {
        ParsedDocument parsed = parse(TWO_PAGES);

        assertThat(parsed.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3);
        assertThat(parsed.footnotes().get(0).text()).startsWith("For more on this, see Jane Doe");
        assertThat(parsed.footnotes().get(0).sources()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Drone Trade");
            assertThat(s.url()).isEqualTo("https://example.com/2022/05/drone-trade-report/");
        });
        assertThat(parsed.footnotes().get(1).sources().get(0).url())
                .isEqualTo("https://example.org/news/wjdt_665385/shenzhen.html");
        assertThat(parsed.footnotes().get(2).text()).isEqualTo("“Denial,” June 1, 2024,\nhttps://example.net/denial.");
        assertThat(parsed.sentences()).extracting(Sentence::text).noneMatch(t -> t.contains("http"));
    }

    @Test
    void attachesMarkersToTheSentencesTheyEnd() {
        ParsedDocument parsed = parse(TWO_PAGES);

        assertThat(parsed.sentences()).extracting(Sentence::text, Sentence::footnotes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Russia buys drones from China.", List.of(1)),
                org.assertj.core.groups.Tuple.tuple("The firms are in Shenzhen and\ntheir output is rising.", List.of(2)),
                org.assertj.core.groups.Tuple.tuple("UN sanctions in 2007 restricted any resumption of sales and they "
                        + "have not resumed to any significant degree since 2020.", List.of()),
                org.assertj.core.groups.Tuple.tuple("Officials deny this.", List.of(3)));
    }

    @Test
    void joinsASentenceCutByAPageBreakIntoOneSentenceOfVerbatimSegments() {
        ParsedDocument parsed = parse(TWO_PAGES);
        String text = parsed.document().text();

        Sentence cut = parsed.sentences().get(2);
        assertThat(cut.segments()).hasSize(2);
        assertThat(text.substring(cut.segments().get(0).start(), cut.segments().get(0).end()))
                .isEqualTo("UN sanctions in 2007 restricted any resumption of sales and they have not resumed");
        assertThat(text.substring(cut.segments().get(1).start(), cut.segments().get(1).end()))
                .isEqualTo("to any significant degree since 2020.");
        assertThat(cut.start()).isEqualTo(cut.segments().get(0).start());
        assertThat(cut.end()).isEqualTo(cut.segments().get(1).end());
        int sinceInText = cut.text().indexOf("since 2020");
        assertThat(text.substring(cut.documentOffset(sinceInText), cut.documentOffset(sinceInText + 10)))
                .isEqualTo("since 2020");
    }

    @Test
    void numbersSectionsAndIdsFromHeadings() {
        ParsedDocument parsed = parse(TWO_PAGES);

        assertThat(parsed.sections()).singleElement().satisfies(section -> {
            assertThat(section.id()).isEqualTo("doc:sec0");
            assertThat(section.title()).isEqualTo("1) What is happening?");
        });
        assertThat(parsed.sentences()).extracting(Sentence::id).containsExactly("doc:s0", "doc:s1", "doc:s2", "doc:s3");
        assertThat(parsed.sentences()).extracting(Sentence::sectionId).containsOnly("doc:sec0");
    }

    @Test
    void continuesAFootnoteAtTheTopOfTheNextPagesFootnoteAreaAndAfterBlankLines() {
        String text = """
                 Body of page one ends the matter.!

                ! Jane Doe, “A Long Title,” May 2, 2022, https://example.com/one; John Roe, “Is Russia

                 Page two says more.’ And then some.?

                Helping China?” January 26, 2025, https://example.com/two.

                ’ Second note, see “Another Title,” October 23,

                2024, https://example.com/three.

                “Lost Marker Note,” June 1, 2024, https://example.com/four.
                 Page three.
                """;

        ParsedDocument parsed = parse(text);

        assertThat(parsed.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3);
        assertThat(parsed.footnotes().get(0).sources()).extracting(Source::url)
                .containsExactly("https://example.com/one", "https://example.com/two");
        assertThat(parsed.footnotes().get(0).sources().get(1).title()).isEqualTo("Is Russia Helping China?");
        assertThat(parsed.footnotes().get(1).sources()).extracting(Source::url).containsExactly("https://example.com/three");
        assertThat(parsed.footnotes().get(2).sources()).extracting(Source::url).containsExactly("https://example.com/four");
        assertThat(parsed.sentences()).extracting(Sentence::text, Sentence::footnotes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Body of page one ends the matter.", List.of(1)),
                org.assertj.core.groups.Tuple.tuple("Page two says more.", List.of(2)),
                org.assertj.core.groups.Tuple.tuple("And then some.", List.of(3)),
                org.assertj.core.groups.Tuple.tuple("Page three.", List.of()));
    }

    @Test
    void plainTextWithoutHeadingsOrFootnotesIsOneSectionTitledLikeTheDocument() {
        ParsedDocument parsed = parse("Iran sends drones to Russia. China sells parts to Iran.\n\nNobody objects.\n");

        assertThat(parsed.footnotes()).isEmpty();
        assertThat(parsed.sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("Test Document");
            assertThat(section.start()).isZero();
            assertThat(section.end()).isEqualTo(parsed.document().text().length());
        });
        assertThat(parsed.sentences()).extracting(Sentence::text)
                .containsExactly("Iran sends drones to Russia.", "China sells parts to Iran.", "Nobody objects.");
    }

    @Test
    void bulletsAndListLinesAreSentencesOfTheirOwnWithoutTheBulletGlyph() {
        String text = """
                These include:

                e Provision by Chinese entities of dual-use technology for the
                Russian war effort

                e Increased frequency of exercises
                • Regular consultations
                - Hybrid maritime actions
                """;

        assertThat(parse(text).sentences()).extracting(Sentence::text).containsExactly("These include:",
                "Provision by Chinese entities of dual-use technology for the\nRussian war effort",
                "Increased frequency of exercises", "Regular consultations", "Hybrid maritime actions");
    }

    @Test
    void readsMarkdownHeadingsListsAndFootnotes() {
        RawDocument doc = new DocumentReader().read(Path.of("src/test/resources/ingest/notes.md"));

        ParsedDocument parsed = new DocumentParser().parse(doc);

        assertThat(parsed.sections()).extracting(Section::title)
                .containsExactly("Iran and Russia: a briefing", "Shipping");
        assertThat(parsed.sentences()).extracting(Sentence::text).containsExactly(
                "Iran supplies Shahed drones to Russia.",
                "Russia pays in gold, according to Dr. Smith of the U.S. Institute.",
                "The Caspian route carries most cargo.", "Ships turn off transponders.",
                "The route passes Astrakhan.");
        assertThat(parsed.sentences().get(4).footnotes()).containsExactly(1);
        assertThat(parsed.footnotes()).singleElement().satisfies(f -> {
            assertThat(f.number()).isEqualTo(1);
            assertThat(f.sources()).singleElement().satisfies(s -> {
                assertThat(s.title()).isEqualTo("Caspian Sea Shipping");
                assertThat(s.url()).isEqualTo("https://example.org/caspian-shipping");
            });
        });
    }

    @Test
    void readsHtmlHeadingsAsSections() {
        RawDocument doc = new DocumentReader().read(Path.of("src/test/resources/ingest/page.html"));

        ParsedDocument parsed = new DocumentParser().parse(doc);

        assertThat(parsed.sections()).extracting(Section::title).containsExactly("Sanctions on drone makers", "Background");
        assertThat(parsed.sentences()).extracting(Sentence::text).containsExactly(
                "The Treasury sanctioned two companies in Shenzhen for producing drones for Russia.",
                "The firms deny it.", "Xiamen Limbach supplied engines", "Garpiya-3 drones were assembled in Xinjiang",
                "Officials said the U.S. Treasury acted on Oct. 17, 2024.", "More measures may follow.");
    }

    @Test
    void aLonePageEndParagraphThatMerelyStartsWithANumberStaysBody() {
        String text = " Intro.\n\n3 Russian ships were seized in the Baltic.\n";

        ParsedDocument parsed = parse(text);

        assertThat(parsed.footnotes()).isEmpty();
        assertThat(parsed.sentences()).extracting(Sentence::text)
                .containsExactly("Intro.", "3 Russian ships were seized in the Baltic.");
    }

    @Test
    void everySegmentIsVerbatimAndSentenceTextJoinsSegments() {
        for (String text : List.of(TWO_PAGES, "A.\n\nB c. D e.\n", "# T\n\nOne two. Three.\n")) {
            ParsedDocument parsed = parse(text);
            for (Sentence sentence : parsed.sentences()) {
                String joined = String.join(" ", sentence.segments().stream()
                        .map(s -> text.substring(s.start(), s.end())).toList());
                assertThat(sentence.text()).isEqualTo(joined);
            }
        }
    }

    @Test
    void findsFootnoteBlocksInTextWithoutPageMarksAndWithoutBlankLinesBetweenNotes() {
        String text = """
                Sanctions Brief

                Russia buys drones from China.1 The firms are in Shenzhen.2

                1 Jane Doe, “Drone Trade,” May 2, 2022, https://example.com/a.
                2 “Shenzhen Output,” April 1, 2023, https://example.org/b.

                Iran sends drones to Russia.3 Nobody objects.

                3 See https://example.net/c.

                More body text here.

                4 Russian ships were seized in 2024, according to officials.
                """;

        ParsedDocument parsed = parse(text);

        assertThat(parsed.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3);
        assertThat(parsed.footnotes()).extracting(f -> f.sources().get(0).url())
                .containsExactly("https://example.com/a", "https://example.org/b", "https://example.net/c");
        assertThat(parsed.sentences()).extracting(Sentence::text, Sentence::footnotes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Russia buys drones from China.", List.of(1)),
                org.assertj.core.groups.Tuple.tuple("The firms are in Shenzhen.", List.of(2)),
                org.assertj.core.groups.Tuple.tuple("Iran sends drones to Russia.", List.of(3)),
                org.assertj.core.groups.Tuple.tuple("Nobody objects.", List.of()),
                org.assertj.core.groups.Tuple.tuple("More body text here.", List.of()),
                org.assertj.core.groups.Tuple.tuple("4 Russian ships were seized in 2024, according to officials.",
                        List.of()));
        assertThat(parsed.sections()).extracting(Section::title).containsExactly("Sanctions Brief");
    }

    @Test
    void offersTheProseOfFootnotesAsSentencesWithoutTheReferences() {
        String text = """
                 Body one.! Body two continues

                ! MD. Jane Doe, “Saudi Ties,” January 16, 2025, https://example.org/saudi. China signed a
                strategic partnership with Saudi Arabia in 2023. See CNA, Russian-Chinese Military Cooperation, 35.
                 on the next page.
                """;
        ParsedDocument parsed = parse(text);

        List<Sentence> notes = new DocumentParser().footnoteSentences(parsed);

        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.id()).isEqualTo("doc:f1s0");
            assertThat(note.text()).isEqualTo("China signed a\nstrategic partnership with Saudi Arabia in 2023.");
            assertThat(note.footnotes()).containsExactly(1);
            assertThat(note.index()).isEqualTo(parsed.sentences().size());
            assertThat(note.sectionId()).isEqualTo(parsed.sentences().get(0).sectionId());
            assertThat(text.substring(note.start(), note.end())).isEqualTo(note.text());
        });
    }

    @Test
    void dropsRunningHeadersAndPageNumbersAndReadsNumberedEndnotes() {
        String text = """
                Testimony of Jane Doe, March 2025

                Iran supplies Shahed drones to Russia.1 China supplies parts to Iran, and the parts are
                assembled in

                1. Jane Doe, “Shahed Deliveries,” May 2, 2024, https://example.com/shahed.

                Testimony of Jane Doe, March 2025
                Page 2 of 3

                Alabuga.2 Russia pays in gold.

                2. “Alabuga,” June 3, 2024, https://example.org/alabuga.

                Testimony of Jane Doe, March 2025
                - 3 -

                Recommendations:

                1. Expand sanctions on Chinese suppliers.
                2. Track Caspian shipping.
                """;

        ParsedDocument parsed = parse(text);

        assertThat(parsed.footnotes()).extracting(f -> f.sources().get(0).title()).containsExactly(
                "Shahed Deliveries", "Alabuga");
        assertThat(parsed.sentences()).extracting(Sentence::text, Sentence::footnotes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Iran supplies Shahed drones to Russia.", List.of(1)),
                org.assertj.core.groups.Tuple.tuple("China supplies parts to Iran, and the parts are\nassembled in "
                        + "Alabuga.", List.of(2)),
                org.assertj.core.groups.Tuple.tuple("Russia pays in gold.", List.of()),
                org.assertj.core.groups.Tuple.tuple("Recommendations:", List.of()),
                org.assertj.core.groups.Tuple.tuple("Expand sanctions on Chinese suppliers.", List.of()),
                org.assertj.core.groups.Tuple.tuple("Track Caspian shipping.", List.of()));
    }

    @Test
    void readsHtmlSuperscriptAndBracketMarkersWithAnOrderedListOfNotes() {
        RawDocument doc = new DocumentReader().read(Path.of("src/test/resources/ingest/endnotes.html"));

        ParsedDocument parsed = new DocumentParser().parse(doc);

        assertThat(parsed.footnotes()).extracting(f -> f.sources().get(0).url()).containsExactly(
                "https://example.com/shahed", "https://example.org/parts", "https://example.net/garpiya");
        assertThat(parsed.sentences()).extracting(Sentence::text, Sentence::footnotes).containsExactly(
                org.assertj.core.groups.Tuple.tuple(
                        "Iran supplies Shahed drones to Russia1 and China supplies parts to Iran.", List.of(1, 2)),
                org.assertj.core.groups.Tuple.tuple("Russia builds the Garpiya-3 in Izhevsk.", List.of(3)),
                org.assertj.core.groups.Tuple.tuple("Expand sanctions on Chinese suppliers.", List.of()),
                org.assertj.core.groups.Tuple.tuple("Track Caspian shipping.", List.of()));
        assertThat(parsed.sections()).extracting(Section::title)
                .containsExactly("Drone Supply Chains", "Recommendations");
    }

    @Test
    void readsSuperscriptMarkersAndEnumeratedHeadingsAndKeepsNumberedRecommendationsInTheBody() {
        String text = """
                I. Background

                Iran supplies Shahed drones to Russia.¹ China supplies parts.²

                ¹ Jane Doe, “Shahed Deliveries,” May 2, 2024, https://example.com/shahed.
                ² “Parts Trade,” June 3, 2024, https://example.org/parts.

                II. Recommendations

                1. Congress should expand the “secondary sanctions” regime by June 1, 2026.
                2. Congress should track Caspian shipping.
                """;

        ParsedDocument parsed = parse(text);

        assertThat(parsed.sections()).extracting(Section::title).containsExactly("I. Background", "II. Recommendations");
        assertThat(parsed.footnotes()).extracting(Footnote::number).containsExactly(1, 2);
        assertThat(parsed.sentences()).extracting(Sentence::text, Sentence::footnotes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Iran supplies Shahed drones to Russia.", List.of(1)),
                org.assertj.core.groups.Tuple.tuple("China supplies parts.", List.of(2)),
                org.assertj.core.groups.Tuple.tuple(
                        "Congress should expand the “secondary sanctions” regime by June 1, 2026.", List.of()),
                org.assertj.core.groups.Tuple.tuple("Congress should track Caspian shipping.", List.of()));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // hang guard only
    void parsesATenMegabyteLineOfQuotes() {
        // quote balance is asked at every closing quote: one pass over the line, not one per quote
        String sentence = "He said “China ships drones.” She said ‘Russia pays.’ ";
        String line = sentence.repeat(10_000_000 / sentence.length());
        ParsedDocument parsed = parse(line);
        assertThat(parsed.sentences()).hasSizeGreaterThan(line.length() / sentence.length());
        assertThat(parsed.sentences()).allMatch(s -> s.text().length() <= SentenceSplitter.MAX_SENTENCE);
    }
}
