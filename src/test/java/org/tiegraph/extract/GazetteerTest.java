package org.tiegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mention matching: case, curly quotes, dashes, line breaks, whole words, longest match, acronyms. */
class GazetteerTest {

    private static Gazetteer gazetteer() {
        Gazetteer g = new Gazetteer();
        g.add("China", "china", "State");
        g.add("Chinese", "china", "State");
        g.add("People’s Republic of China", "china", "State");
        g.add("US", "united-states", "State");
        g.add("Indian Ocean", "indian-ocean", "Place");
        g.add("Indian", "india", "State");
        g.add("Sino-Russian Treaty", "treaty", "Treaty");
        g.add("Russian", "russia", "State");
        g.add("Sino", "china", "State");
        return g;
    }

    private static List<String> found(String text) {
        return Gazetteer.longestNonOverlapping(gazetteer().findAll(text)).stream()
                .map(m -> m.surface() + "=" + m.targets().getFirst().entityId()).toList();
    }

    @Test
    void matchesRegardlessOfCaseQuotesAndLineBreaks() {
        assertThat(found("the PEOPLE'S REPUBLIC OF CHINA and chinese firms"))
                .containsExactly("PEOPLE'S REPUBLIC OF CHINA=china", "chinese=china");
        assertThat(found("in the Indian\nOcean")).containsExactly("Indian\nOcean=indian-ocean");
    }

    @Test
    void treatsDashVariantsAndLineBreakHyphensAlike() {
        assertThat(found("the Sino–Russian Treaty")).containsExactly("Sino–Russian Treaty=treaty");
        assertThat(found("the Sino-\nRussian Treaty")).containsExactly("Sino-\nRussian Treaty=treaty");
        assertThat(found("Sino-Russian ties")).containsExactly("Sino=china", "Russian=russia");
    }

    @Test
    void prefersTheLongestMatchAndWholeWords() {
        assertThat(found("the Indian Ocean")).containsExactly("Indian Ocean=indian-ocean");
        assertThat(found("Chinatown and Indians")).isEmpty();
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(found("the US and us")).containsExactly("US=united-states");
    }

    @Test
    void mapsMatchesBackToOriginalOffsets() {
        String text = "In  the\u2019 Indian\n  Ocean";
        Gazetteer.Match m = gazetteer().findAll(text).stream().filter(x -> x.targets().getFirst().entityId()
                .equals("indian-ocean")).findFirst().orElseThrow();
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Indian\n  Ocean");
    }
}
