package org.tiegraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `May 2, 2022, https://warontherocks.com/2022/05/beijings-\nukrainian-battle-lab/. For more` | https://warontherocks.com/2022/05/beijings-ukrainian-battle-lab/
            `https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/2649 665393/200107/t20010724 679026.html.` | https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/2649_665393/200107/t20010724_679026.html
            `https://www.fdd.org/analysis/op_eds/2025/01/3 1/north-korean-troops-pull-back-in-kursk-as-\npyongyang-prepares/.` | https://www.fdd.org/analysis/op_eds/2025/01/31/north-korean-troops-pull-back-in-kursk-as-pyongyang-prepares/
            `https://www.nytimes.com/2025/01/22/world/europe/north-korea-soldiers-ukraine. html?auth=login-\ngoogleltap&login=googleltap.` | https://www.nytimes.com/2025/01/22/world/europe/north-korea-soldiers-ukraine.html?auth=login-googleltap&login=googleltap
            `https://www.cnas.org/publications/reports/ sanctions-by-the-numbers-comparing-the-trump-and-biden-\nadministrations-sanctions.` | https://www.cnas.org/publications/reports/sanctions-by-the-numbers-comparing-the-trump-and-biden-administrations-sanctions
            `https://www.tandfonline.com/doi/full/10.1080/ 03068374.2022.2029076?src=#d1e226; “The Iranian` | https://www.tandfonline.com/doi/full/10.1080/03068374.2022.2029076?src=#d1e226
            `https://example.org/documents/Report%20Amid%20Change%20and%20Competition.p\ndf.` | https://example.org/documents/Report%20Amid%20Change%20and%20Competition.pdf
            `https://home.treasury.gov/news/press-releases/jy2785. Also see CNA, 87.` | https://home.treasury.gov/news/press-releases/jy2785
            `https://rusi.org/explore-our-\nresearch/publications/chinas-only-ally; Benjamin Frohman` | https://rusi.org/explore-our-research/publications/chinas-only-ally
            `see www.prcleader.org; Dennis Wilder` | https://www.prcleader.org
            `https://thediplomat.com/2024/11/chinese-vessel/\nThe next paragraph` | https://thediplomat.com/2024/11/chinese-vessel/
            """)
    void repairsUrlsBrokenByLayoutAndOcr(String text, String url) {
        assertThat(Citations.urls(text.replace("\\n", "\n")).get(0).url()).isEqualTo(url);
    }

    @Test
    void readsOneSourcePerCitationWithQuotedOrCapitalisedTitles() {
        String footnote = """
                Finbarr Bermingham, “China Admits Hong Kong-Flagged Ship Destroyed Key Baltic Gas Pipeline ‘By
                Accident’,” August 12, 2024, https://www.scmp.com/news/china/article/3274120/china-admits-
                ship-destroyed-pipeline; Dmitry Gorenburg, Samuel Bendett, and Elizabeth Wishnick, Crafting the
                Russian War Economy, CNA, October 2024, https://www.cna.org/reports/2024/10/Crafting-the-
                Russian-War-Economy.pdf; CNA, Russian-Chinese Military Cooperation, March 2023, 33.""";

        List<Source> sources = Citations.sources(footnote);

        assertThat(sources).extracting(Source::title).containsExactly(
                "China Admits Hong Kong-Flagged Ship Destroyed Key Baltic Gas Pipeline ‘By Accident’",
                "Crafting the Russian War Economy",
                "Russian-Chinese Military Cooperation");
        assertThat(sources).extracting(Source::url).containsExactly(
                "https://www.scmp.com/news/china/article/3274120/china-admits-ship-destroyed-pipeline",
                "https://www.cna.org/reports/2024/10/Crafting-the-Russian-War-Economy.pdf",
                null);
    }

    @Test
    void separatesSeveralUrlsInOneCitationAndTitlesEachByTheTextBeforeIt() {
        String footnote = "For a full text of the treaty, see https://www.marxists.org/china_dprk.htm. For background, "
                + "see Charles Parton, “China’s Only Ally,” July 2, 2021, https://rusi.org/chinas-only-ally.";

        assertThat(Citations.sources(footnote)).extracting(Source::title, Source::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", "https://www.marxists.org/china_dprk.htm"),
                org.assertj.core.groups.Tuple.tuple("China’s Only Ally", "https://rusi.org/chinas-only-ally"));
    }

    @Test
    void ignoresNarrativeFootnotesAndKeepsIdsStable() {
        assertThat(Citations.sources("China and Russia object to the term “Indo-Pacific” and refer to East Asia.")).isEmpty();
        assertThat(Citations.sources("The Soviet Union occupied this island in a brief war with China in 1929.")).isEmpty();
        assertThat(Citations.sourceId("https://www.example.org/a/", "x"))
                .isEqualTo(Citations.sourceId("http://example.org/a", "y")).startsWith("src-");
        assertThat(Citations.sourceId(null, "Crafting the Russian War Economy"))
                .isEqualTo(Citations.sourceId(null, "crafting the  Russian war economy"));
    }

    @Test
    void takesAnUnclosedQuotedTitleUpToTheDate() {
        assertThat(Citations.title("“Treasury Disrupts Russia’s Sanctions Evasion Schemes, January 15, 2025, "))
                .isEqualTo("Treasury Disrupts Russia’s Sanctions Evasion Schemes");
        assertThat(Citations.title("see Elizabeth Wishnick, Sino-Russian Partnership: Cooperation without "
                + "Coordination,” forthcoming China Leadership Monitor Spring 2025 Issue 83, "))
                .isEqualTo("Sino-Russian Partnership: Cooperation without Coordination");
    }
}
