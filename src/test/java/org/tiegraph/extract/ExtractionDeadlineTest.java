package org.tiegraph.extract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Extraction given a deadline stops between sentences once it has passed, before parsing another one. */
class ExtractionDeadlineTest {

    @Test
    void aPassedDeadlineStopsExtractionBeforeAnySentenceIsParsed() {
        // no language model at all: a sentence parsed after the deadline would fail on it instead of stopping
        Extractor extractor = new Extractor(Fixture.CATALOGUE, () -> null);
        assertThatThrownBy(() -> extractor.extract(Docs.parse("late", "Iran supplies drones to Russia. China buys oil."),
                Instant.now().minusSeconds(1))).isInstanceOf(Extractor.OutOfTime.class);
    }
}
