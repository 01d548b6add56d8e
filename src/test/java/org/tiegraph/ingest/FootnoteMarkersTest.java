package org.tiegraph.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FootnoteMarkersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            in the 1980s.! Strategically                    | !
            90% self-sufficient.’ UN sanctions              | ’
            partnership agreement.* The agreement           | *
            not allies, '° but military                     | '°
            an average year. !! Despite the war             | !!
            the combined operations.? China-Iran            | ?
            on payment processing.22 China reportedly       | 22
            use in Ukraine.?> A few months                  | ?>
            between the DPRK and Russia.”* Their            | *
            making Pyongyang Beijing’s “latent enemy.” ’ China | ’
            and interoperability.” 2® Training              | 2®
            in September 2024.3* A South Korean             | 3*
            to their fishing and energy resources. > Despite | >
            operating style.?” The North Korean forces      | ?”
            sustainable security...”*? At first glance      | *?
            the Russian route.[^4] India sees               | [^4]
            """)
    void findsOcrMangledMarkers(String text, String marker) {
        List<FootnoteMarkers.Marker> found = FootnoteMarkers.find("", text);

        assertThat(found).hasSize(1);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(marker);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "What does it hope to gain strategically or operationally? More text",
            "they have “back-to-back” cooperation",
            "making Pyongyang Beijing’s “latent enemy.” The treaty",
            "Iran now claims it is 90.5% self-sufficient. UN sanctions",
            "since 2017. The increased frequency in 1996, 2017 and 2024",
            "discussed in Question 3. Consultations",
            "(See Appendix 1) By contrast, the 19™ century and the 19\" century",
            "the countries’ interests and China’s aims",
            "a “community of shared future,” while Russia",
            "they called it ‘the axis.’ Others disagree"})
    void leavesOrdinaryPunctuationQuotesAndNumbersAlone(String text) {
        assertThat(FootnoteMarkers.find("", text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on payment processing.22 China       | 22
            interoperability.” 2® Training       | 2
            the Tallinn Mechanism.[^61] This     | 61
            """)
    void readsDigitsWhenPresent(String text, int digits) {
        assertThat(FootnoteMarkers.find("", text)).singleElement()
                .satisfies(m -> assertThat(m.digits()).isEqualTo(digits));
    }

    @org.junit.jupiter.api.Test
    void usesPrecedingParagraphTextForQuoteBalance() {
        String before = "would foster “a vision of common, comprehensive, cooperative and";

        assertThat(FootnoteMarkers.find(before, "sustainable security.” At first")).isEmpty();
        assertThat(FootnoteMarkers.find("", "sustainable security.” At first")).isEmpty();
        assertThat(FootnoteMarkers.find("", "sustainable security.’ At first")).hasSize(1);
    }
}
