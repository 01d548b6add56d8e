package org.tiegraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void splitsAtTerminalPunctuationBeforeCapitalsDigitsAndQuotes() {
        assertThat(split("China supplies parts. Russia builds drones! Why? “Nobody knows.” 2024 was worse."))
                .containsExactly("China supplies parts.", "Russia builds drones!", "Why?", "“Nobody knows.”",
                        "2024 was worse.");
    }

    @Test
    void aNameWithAnInnerCapitalOpensASentence() {
        assertThat(split("It worked with Cham Wings Airlines (Cham Wings). iJet has also used its branch in Syria. "
                + "the end is lower case."))
                .containsExactly("It worked with Cham Wings Airlines (Cham Wings).",
                        "iJet has also used its branch in Syria. the end is lower case.");
    }

    @Test
    void keepsAbbreviationsTitlesAndInitialsInsideSentences() {
        assertThat(split("The U.S. Treasury and Gen. Valery Gerasimov met Dr. Elizabeth Wishnick and Mr. Lin on "
                + "Jan. 6 and Feb. 9, e.g. at No. 10 Downing St. in London. John C.K. Daly wrote it, see pp. 49-65 "
                + "and p. 3 vs. the U.K. Inc. report. Sanctions on Huawei Co. Ltd. followed."))
                .containsExactly("The U.S. Treasury and Gen. Valery Gerasimov met Dr. Elizabeth Wishnick and Mr. Lin "
                                + "on Jan. 6 and Feb. 9, e.g. at No. 10 Downing St. in London.",
                        "John C.K. Daly wrote it, see pp. 49-65 and p. 3 vs. the U.K. Inc. report.",
                        "Sanctions on Huawei Co. Ltd. followed.");
    }

    @Test
    void anAbbreviationClosingABracketKeepsTheSentence() {
        assertThat(split("OFAC acted pursuant to Executive Order (E.O.) 14024 today. It named the firm (Alpha Co.) "
                + "in March. The list grew (see the U.S.) Then it ended."))
                .containsExactly("OFAC acted pursuant to Executive Order (E.O.) 14024 today.",
                        "It named the firm (Alpha Co.) in March.", "The list grew (see the U.S.)", "Then it ended.");
    }

    @Test
    void endsSentencesAtAbbreviationsFollowedByASentenceOpener() {
        assertThat(split("The drones went to the U.S. The Treasury acted. It was sanctioned by the US. Russia objected."))
                .containsExactly("The drones went to the U.S.", "The Treasury acted.", "It was sanctioned by the US.",
                        "Russia objected.");
    }

    @Test
    void keepsDecimalsEllipsesAndLowercaseContinuations() {
        assertThat(split("Iran is 90.5% self-sufficient... and growing. China buys about 90% of Iranian oil."))
                .containsExactly("Iran is 90.5% self-sufficient... and growing.", "China buys about 90% of Iranian oil.");
    }

    @Test
    void trimsWhitespaceAndKeepsAnUnterminatedTail() {
        assertThat(split("  First one.   Second without end  ")).containsExactly("First one.", "Second without end");
        assertThat(split("   ")).isEmpty();
    }

    @Test
    void cutsARunWithoutSentenceEndsAtSpacesIntoBoundedSentences() {
        String run = "China Russia Iran and North Korea ".repeat(30_000); // 1 MB, no sentence end anywhere
        List<int[]> ranges = SentenceSplitter.split(run);
        assertThat(ranges).hasSizeGreaterThan(run.length() / SentenceSplitter.MAX_SENTENCE);
        assertThat(ranges).allSatisfy(r -> {
            assertThat(r[1] - r[0]).isBetween(1, SentenceSplitter.MAX_SENTENCE);
            assertThat(r[1] == run.strip().length() || Character.isWhitespace(run.charAt(r[1]))).isTrue();
        });
        assertThat(String.join(" ", ranges.stream().map(r -> run.substring(r[0], r[1])).toList()))
                .isEqualTo(run.strip());
    }

    @Test
    void keepsTheLongestSentenceOfTheCorporaWhole() {
        String listing = "Treasury designated " + "the vessel Example Star (IMO 9000000), ".repeat(25)
                + "and their owners.";
        assertThat(listing.length()).isGreaterThan(1_000).isLessThan(SentenceSplitter.MAX_SENTENCE);
        assertThat(split(listing + " Russia denied it.")).containsExactly(listing, "Russia denied it.");
    }
}
