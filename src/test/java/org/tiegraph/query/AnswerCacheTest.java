package org.tiegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The answer cache keeps answers per question, forgets them when the graph changes, and never keeps failures. */
class AnswerCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String answer(String value) {
        computed.incrementAndGet();
        return value;
    }

    @Test
    void aRepeatedQuestionIsAnsweredFromTheCache() {
        AnswerCache cache = AnswerCache.of(Duration.ofMinutes(5), 1_000);
        assertThat(cache.<String>get(List.of("entity", "china"), () -> answer("first"))).isEqualTo("first");
        assertThat(cache.<String>get(List.of("entity", "china"), () -> answer("second"))).isEqualTo("first");
        assertThat(cache.<String>get(List.of("entity", "russia"), () -> answer("third"))).isEqualTo("third");
        assertThat(computed).hasValue(2);
    }

    @Test
    void aGraphChangeForgetsEveryAnswer() {
        AnswerCache cache = AnswerCache.of(Duration.ofMinutes(5), 1_000);
        cache.get(List.of("entity", "china"), () -> answer("before"));
        cache.graphChanged();
        assertThat(cache.<String>get(List.of("entity", "china"), () -> answer("after"))).isEqualTo("after");
        assertThat(computed).hasValue(2);
    }

    @Test
    void anAnswerComputedWhileTheGraphChangedIsNotKept() {
        AnswerCache cache = AnswerCache.of(Duration.ofMinutes(5), 1_000);
        String during = cache.get(List.of("paths"), () -> {
            cache.graphChanged();
            return answer("stale");
        });
        assertThat(during).isEqualTo("stale");
        assertThat(cache.<String>get(List.of("paths"), () -> answer("fresh"))).isEqualTo("fresh");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void failuresAreNotKept() {
        AnswerCache cache = AnswerCache.of(Duration.ofMinutes(5), 1_000);
        assertThatThrownBy(() -> cache.get(List.of("entity", "nowhere"), () -> {
            throw new NotFoundException("id", "no entity with id 'nowhere'");
        })).isInstanceOf(NotFoundException.class);
        assertThat(cache.<String>get(List.of("entity", "nowhere"), () -> answer("loaded since"))).isEqualTo("loaded since");
    }

    @Test
    void aZeroLifetimeDisablesTheCache() {
        AnswerCache cache = AnswerCache.of(Duration.ZERO, 1_000);
        assertThat(cache.enabled()).isFalse();
        cache.get(List.of("entity", "china"), () -> answer("one"));
        assertThat(cache.<String>get(List.of("entity", "china"), () -> answer("two"))).isEqualTo("two");
        assertThat(computed).hasValue(2);
    }

    @Test
    void anAnswerHeavierThanTheWholeCacheIsNotKept() {
        AnswerCache cache = AnswerCache.of(Duration.ofMinutes(5), 10);
        NodeView node = new NodeView("china", "China", "State", List.of(), false);
        Neighborhood big = new Neighborhood("china", 1, Collections.nCopies(20, node), List.of(), false);
        cache.get(List.of("neighborhood", "china"), () -> big);
        cache.get(List.of("entity", "russia"), () -> answer("small"));
        assertThat(cache.<Object>get(List.of("neighborhood", "china"), () -> answer("recomputed"))).isEqualTo("recomputed");
    }
}
