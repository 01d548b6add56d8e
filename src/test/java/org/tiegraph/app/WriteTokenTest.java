package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write token comes from a file or the environment, one way only, never from the command line. */
class WriteTokenTest {

    @Test
    void theTokenIsTheFirstLineOfItsFileElseTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "\n  from-file  \nsecond\n");
        assertThat(WriteToken.resolve(null, file, null)).isEqualTo("from-file");
        assertThat(WriteToken.resolve(null, null, " from-env ")).isEqualTo("from-env");
        assertThat(WriteToken.resolve(null, null, "  ")).isNull();
        assertThat(WriteToken.resolve(null, null, null)).isNull();
    }

    @Test
    void theCommandLineAnEmptyFileAndTwoWaysAtOnceAreRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "from-file\n");
        Path empty = Files.writeString(dir.resolve("empty"), "\n \n");
        assertThatThrownBy(() -> WriteToken.resolve("on-the-command-line", null, null))
                .hasMessageContaining("--write-token is no longer accepted").hasMessageContaining("ps");
        assertThatThrownBy(() -> WriteToken.resolve(null, file, "from-env")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> WriteToken.resolve(null, empty, null)).hasMessageContaining("is empty");
    }
}
