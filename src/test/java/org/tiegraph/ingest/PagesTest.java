package org.tiegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages of a laid-out text begin at its form feeds; markup has none. */
class PagesTest {

    private static RawDocument doc(String format, String text) {
        return new RawDocument("d", "d." + format, format, "d", Map.of(), text, "0");
    }

    @Test
    void anOffsetIsOnThePageWhoseStartItFollows() {
        String text = "First page text.\n\fSecond page text.\n\fThird page text.\n";
        Pages pages = Pages.of(doc("txt", text));
        int second = text.indexOf("Second");
        int third = text.indexOf("Third");
        assertThat(pages.at(0)).isEqualTo(1);
        assertThat(pages.at(second + 3)).isEqualTo(2);
        assertThat(pages.at(third)).isEqualTo(3);
        assertThat(pages.at(text.length() - 1)).isEqualTo(3);
    }

    @Test
    void markupHasNoPages() {
        assertThat(Pages.of(doc("md", "One.\n\fTwo.\n")).at(5)).isNull();
    }
}
