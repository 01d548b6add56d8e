package org.tiegraph.extract;

import org.tiegraph.catalogue.Modality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.extract.Fixture.edge;
import static org.tiegraph.extract.Fixture.extract;

import org.junit.jupiter.api.Test;

/** Quotes, years, modality and attribution. */
class EvidenceTest {

    /** The footnote block a page break puts inside a sentence. */
    private static final String FOOTNOTE_BLOCK = "12 Footnote text about Iran and Russia.";

    @Test
    void quoteIsTheVerbatimSentence() {
        Extraction x = extract("Intro.\n\nChina sent drones to Russia in 2023.");
        Edge e = edge(x, "china", "SUPPLIES", "drones");
        assertThat(e.evidence().quote()).isEqualTo("China sent drones to Russia in 2023.");
        Fixture.assertGrounded(x);
    }

    @Test
    void aSentenceCutByAPageBreakIsQuotedWholeFromItsVerbatimSegments() {
        String before = "Since 2022, Iran has sent Shahed drones";
        String after = "to Russia for use in Ukraine.";
        Extraction x = Fixture.EXTRACTOR.extract(Docs.cut("c", before, FOOTNOTE_BLOCK, after));
        Fixture.assertGrounded(x);
        Evidence ev = edge(x, "iran", "SUPPLIES", "shahed-136").evidence();
        String text = x.parsed().document().text();
        assertThat(ev.quote()).isEqualTo(before + " " + after).isEqualTo(x.parsed().sentences().getFirst().text());
        assertThat(ev.segments()).extracting(g -> text.substring(g.start(), g.end())).containsExactly(before, after);
        assertThat(ev.start()).isZero();
        assertThat(ev.end()).isEqualTo(text.length());
        assertThat(ev.year()).isEqualTo("2022");
    }

    @Test
    void theClauseOfALongCutSentenceRunsAcrossThePageBreak() {
        String filler = "the delegations discussed many further matters at length, ".repeat(7);
        String before = "After " + filler + "officials confirmed that Iran has sent Shahed drones";
        String after = "to Russia; " + filler + "and nothing else was agreed.";
        Extraction x = Fixture.EXTRACTOR.extract(Docs.cut("c", before, FOOTNOTE_BLOCK, after));
        Fixture.assertGrounded(x);
        Evidence ev = edge(x, "iran", "SUPPLIES", "shahed-136").evidence();
        assertThat((before + " " + after).length()).isGreaterThan(Quotes.MAX_WHOLE_SENTENCE);
        assertThat(ev.quote()).isEqualTo("officials confirmed that Iran has sent Shahed drones to Russia");
        assertThat(ev.segments()).hasSize(2);
        assertThat(ev.quote()).doesNotContain("Footnote");
    }

    @Test
    void yearsAndDecades() {
        Extraction x = extract("China was Iran’s primary source of weapons in the 1980s. In October 2024, North Korea "
                + "sent troops to Russia.");
        assertThat(edge(x, "china", "SUPPLIES", "weapons").evidence().year()).isEqualTo("1980s");
        assertThat(edge(x, "north-korea", "DEPLOYED_TO", "russia").evidence().year()).isEqualTo("2024");
    }

    @Test
    void deniedClaimCarriesTheClaimant() {
        Extraction x = extract("The Chinese government claims it does not send lethal aid to Russia.");
        Evidence ev = edge(x, "china", "SUPPLIES", "weapons").evidence();
        assertThat(ev.modality()).isEqualTo(Modality.DENIED);
        assertThat(ev.attribution()).isEqualTo("Chinese government");
    }

    @Test
    void reportedClaimsNameWhoClaims() {
        Extraction x = extract("European intelligence agencies claim that Chinese companies have produced drones for "
                + "Russia. Russia may be sharing its submarine technology with China, according to some reports.");
        Evidence claimed = edge(x, "chinese-companies", "PRODUCES", "drones").evidence();
        assertThat(claimed.modality()).isEqualTo(Modality.REPORTED);
        assertThat(claimed.attribution()).isEqualTo("European intelligence agencies");
        Evidence reports = edge(x, "russia", "SUPPLIES", "submarine-technology").evidence();
        assertThat(reports.modality()).isEqualTo(Modality.REPORTED);
        assertThat(reports.attribution()).isEqualTo("some reports");
    }

    @Test
    void negationAndRefusalAreDenied() {
        Extraction x = extract("China did not sanction Russia. Russia refused to sell S-400 systems to Turkey.");
        assertThat(edge(x, "china", "SANCTIONED", "russia").evidence().modality()).isEqualTo(Modality.DENIED);
        assertThat(edge(x, "russia", "SUPPLIES", "s-400").evidence().modality()).isEqualTo(Modality.DENIED);
    }

    @Test
    void plansAndProposalsThatNeverHappened() {
        Extraction x = extract("Iran plans to buy Su-35 fighters from Russia. Russia may have proposed that North Korea "
                + "participate in the Vostok exercise in 2023, but this never took place.");
        assertThat(edge(x, "iran", "BUYS_FROM", "russia").evidence().modality()).isEqualTo(Modality.PLANNED);
        assertThat(edge(x, "russia", "PROPOSED", "vostok").evidence().modality()).isEqualTo(Modality.POSSIBLE);
        assertThat(edge(x, "north-korea", "PARTICIPATED_IN", "vostok").evidence().modality())
                .isEqualTo(Modality.DENIED);
    }
}
