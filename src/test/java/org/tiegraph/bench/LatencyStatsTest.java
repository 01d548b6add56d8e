package org.tiegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();
        assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(50);
        assertThat(LatencyStats.percentile(sorted, 95)).isEqualTo(95);
        assertThat(LatencyStats.percentile(sorted, 99)).isEqualTo(99);
        assertThat(LatencyStats.percentile(sorted, 100)).isEqualTo(100);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        long[] sorted = {10, 20, 30};
        assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(20);
        assertThat(LatencyStats.percentile(sorted, 99)).isEqualTo(30);
        assertThat(LatencyStats.percentile(new long[] {7}, 1)).isEqualTo(7);
    }

    @Test
    void summaryIsInMillisecondsAndIgnoresInputOrder() {
        long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};
        LatencyStats s = LatencyStats.ofNanos(nanos);
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.p50()).isEqualTo(3.0);
        assertThat(s.p99()).isEqualTo(5.0);
        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.max()).isEqualTo(5.0);
        assertThat(nanos[0]).as("input untouched").isEqualTo(5_000_000);
    }

    @Test
    void emptyAndInvalidInput() {
        assertThat(LatencyStats.ofNanos(new long[0])).isEqualTo(LatencyStats.EMPTY);
        assertThatThrownBy(() -> LatencyStats.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
