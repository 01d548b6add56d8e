package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.io.locker.FileLockException;

/** server.json: found while its process lives, ignored once it is gone, removed only by its own process. */
class ServerFileTest {

    @Test
    void aRecordOfThisProcessIsFoundAndRemoved(@TempDir Path data) {
        assertThat(ServerFile.running(data)).isEmpty();
        ServerFile.write(data, "http://127.0.0.1:19001", "test");
        var entry = ServerFile.running(data).orElseThrow();
        assertThat(entry.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(entry.url()).isEqualTo("http://127.0.0.1:19001");
        ServerFile.remove(data);
        assertThat(data.resolve(ServerFile.NAME)).doesNotExist();
    }

    @Test
    void aRecordLeftByAProcessThatIsGoneIsIgnoredAndKept(@TempDir Path data) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(data.resolve(ServerFile.NAME),
                "{\"pid\":" + gone.pid() + ",\"url\":\"http://127.0.0.1:19002\",\"version\":\"old\"}");
        assertThat(ServerFile.running(data)).isEmpty();
        ServerFile.remove(data);
        assertThat(data.resolve(ServerFile.NAME)).as("not ours to remove").exists();
        Files.writeString(data.resolve(ServerFile.NAME), "not json");
        assertThat(ServerFile.running(data)).isEmpty();
    }

    @Test
    void aHeldStoreLockIsToldApartFromOtherFailures(@TempDir Path data) {
        assertThat(StartFailure.causedByStoreLock(new RuntimeException("wrapped",
                new FileLockException("held", null)))).isTrue();
        assertThat(StartFailure.causedByStoreLock(new IllegalStateException("other"))).isFalse();
        assertThat(StartFailure.dataFolderInUse(data).getMessage()).contains(data.toString(), "another process");
        ServerFile.write(data, "http://127.0.0.1:19003", "test");
        assertThat(StartFailure.dataFolderInUse(data).getMessage()).contains("http://127.0.0.1:19003");
    }
}
