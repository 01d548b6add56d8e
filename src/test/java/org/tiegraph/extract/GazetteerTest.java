package org.tiegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // hang guard only
    void keepsTheMatchesOfOneVeryLongLine() {
        // a 10 MB line of names: 400 000 kept matches, each with a shorter one inside it that must give way
        List<Gazetteer.Target> state = List.of(new Gazetteer.Target("china", "State"));
        List<Gazetteer.Match> all = new ArrayList<>();
        int names = 400_000;
        for (int i = 0; i < names; i++) {
            int start = i * 25;
            all.add(new Gazetteer.Match(start + 8, start + 13, "China", state));
            all.add(new Gazetteer.Match(start, start + 20, "People's Republic of China", state));
        }
        List<Gazetteer.Match> kept = Gazetteer.longestNonOverlapping(all);
        assertThat(kept).hasSize(names);
        assertThat(kept).allMatch(m -> m.length() == 20 && m.start() % 25 == 0);
        assertThat(kept).isSortedAccordingTo(Comparator.comparingInt(Gazetteer.Match::start));
    }

    @Test
    void keepsWhatTheDefinitionSaysOnRandomOverlaps() {
        // longest first, earlier first on equal length, a match is kept when it overlaps none kept before it
        Random random = new Random(15);
        List<Gazetteer.Target> state = List.of(new Gazetteer.Target("china", "State"));
        for (int round = 0; round < 2_000; round++) {
            List<Gazetteer.Match> all = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                int start = random.nextInt(60);
                all.add(new Gazetteer.Match(start, start + 1 + random.nextInt(12), "x", state));
            }
            assertThat(Gazetteer.longestNonOverlapping(all)).as("round %d: %s", round, all)
                    .containsExactlyElementsOf(byDefinition(all));
        }
    }

    /** The selection spelled out: each candidate, best first, against every one kept so far. */
    private static List<Gazetteer.Match> byDefinition(List<Gazetteer.Match> all) {
        List<Gazetteer.Match> candidates = new ArrayList<>(all);
        candidates.sort(Comparator.comparingInt(Gazetteer.Match::length).reversed()
                .thenComparingInt(Gazetteer.Match::start));
        List<Gazetteer.Match> kept = new ArrayList<>();
        for (Gazetteer.Match m : candidates) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Gazetteer.Match::start));
        return kept;
    }
}
