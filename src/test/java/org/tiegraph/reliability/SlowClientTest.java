package org.tiegraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tiegraph.api.RequestBounds;
import org.tiegraph.support.TestGraph;

/**
 * Request bodies sent a byte at a time cost their senders, not everyone: they take no admission slot and no thread
 * while they trickle in, so searches and health keep answering, and once the grace period is over a body below the
 * minimum rate loses its connection.
 */
class SlowClientTest {

    @Test
    void slowBodiesTakeNoSlotAndAreCutOffBelowTheMinimumRate() throws Exception {
        RequestBounds bounds = new RequestBounds(2, Duration.ofMillis(200), Duration.ofSeconds(1), 1024 * 1024)
                .withHeavyLane(2, 2, Duration.ofMillis(200)).withBodyRate(1024, Duration.ofSeconds(3));
        try (ApiUnderTest api = new ApiUnderTest(TestGraph.shared().driver(), "embedded", Duration.ofSeconds(10), null,
                bounds, null)) {
            List<Socket> senders = open(api, 16, "/api/paths/pattern");
            try {
                trickle(senders, 2);
                for (int i = 0; i < 10; i++) {
                    assertThat(api.get("/api/entities?q=china").status()).isEqualTo(200);
                    assertThat(api.get("/api/paths/pattern?p=State:china%3E*%3EState:russia").status()).isEqualTo(200);
                }
                assertThat(api.get("/api/health").status()).isEqualTo(200);
                // at one byte a second, every sender is below 1 KB/s once the 3 s of grace are over
                for (Socket sender : senders) {
                    assertThat(closedByServer(sender, senders)).as("connection closed by the server").isTrue();
                }
            } finally {
                closeAll(senders);
            }
        }
    }

    @Test
    void threeHundredSlowBodiesLeaveThreadsForEveryoneElse() throws Exception {
        RequestBounds bounds = RequestBounds.defaults().withBodyRate(1024, Duration.ofMinutes(2));
        try (ApiUnderTest api = new ApiUnderTest(TestGraph.shared().driver(), "embedded", Duration.ofSeconds(10), null,
                bounds, null)) {
            List<Socket> senders = open(api, 300, "/api/entities");
            try {
                trickle(senders, 2);
                for (int i = 0; i < 5; i++) {
                    assertThat(api.get("/api/health").status()).isEqualTo(200);
                    assertThat(api.get("/api/entities?q=russia").status()).isEqualTo(200);
                }
            } finally {
                closeAll(senders);
            }
        }
    }

    /** Connections that each announce a 1 MB JSON body and send its first byte. */
    private static List<Socket> open(ApiUnderTest api, int count, String path) throws IOException {
        int port = URI.create(api.url("/")).getPort();
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: 1000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            sockets.add(socket);
        }
        return sockets;
    }

    /** Sends one more byte on every connection, once a second, {@code rounds} times. */
    private static void trickle(List<Socket> sockets, int rounds) throws InterruptedException {
        for (int round = 0; round < rounds; round++) {
            for (Socket socket : sockets) {
                try {
                    socket.getOutputStream().write(' ');
                } catch (IOException closed) {
                    // already cut off
                }
            }
            Thread.sleep(1_000);
        }
    }

    /**
     * Keeps trickling on every connection while waiting (up to a minute, a hang guard) for the server to close this
     * one: end of stream or a reset.
     */
    private static boolean closedByServer(Socket socket, List<Socket> all) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try {
            socket.setSoTimeout(1_000);
            InputStream in = socket.getInputStream();
            while (System.nanoTime() < deadline) {
                try {
                    if (in.read() < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException stillOpen) {
                    trickle(all, 1);
                }
            }
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket the server already closed
            }
        }
    }
}
