package org.tiegraph.app;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Bolt over a WebSocket, as a script on any web page can speak it to {@code ws://localhost:7687}: the upgrade with the
 * page's Origin, the Bolt handshake, then a login without credentials (HELLO, and LOGON from Bolt 5.1 on).
 */
final class BoltOverWebSocket {

    /** What the server answered to the login: it logged the page in, refused it, or refused the connection. */
    enum Login { ACCEPTED, REFUSED, NO_CONNECTION }

    private static final byte SUCCESS = 0x70;

    private BoltOverWebSocket() {
    }

    static Login loginWithoutCredentials(int port, String origin) throws Exception {
        Received received = new Received();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build()) {
            WebSocket socket;
            try {
                socket = http.newWebSocketBuilder().header("Origin", origin)
                        .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), received).get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException refused) {
                return Login.NO_CONNECTION;
            }
            try {
                return login(socket, received);
            } finally {
                socket.abort();
            }
        }
    }

    private static Login login(WebSocket socket, Received received) throws Exception {
        // magic, then versions 5.4 down to 5.0 and 4.4
        send(socket, new byte[] {0x60, 0x60, (byte) 0xB0, 0x17, 0, 4, 4, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0});
        byte[] version = received.take(4);
        if (version == null || version[3] == 0) {
            return Login.NO_CONNECTION;
        }
        int major = version[3];
        int minor = version[2];
        if (major == 5 && minor >= 1) {
            send(socket, message((byte) 0x01, minor >= 3
                    ? map("user_agent", "probe/1.0", "bolt_agent", null) : map("user_agent", "probe/1.0")));
            if (!succeeded(received)) {
                return Login.REFUSED;
            }
            send(socket, message((byte) 0x6A, map("scheme", "none")));
        } else {
            send(socket, message((byte) 0x01, map("user_agent", "probe/1.0", "scheme", "none")));
        }
        return succeeded(received) ? Login.ACCEPTED : Login.REFUSED;
    }

    private static boolean succeeded(Received received) throws InterruptedException {
        byte[] size = received.take(2);
        if (size == null) {
            return false;
        }
        byte[] body = received.take(((size[0] & 0xFF) << 8) | (size[1] & 0xFF));
        received.take(2); // end of message
        return body != null && body.length > 1 && body[1] == SUCCESS;
    }

    private static void send(WebSocket socket, byte[] bytes) throws Exception {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).get(10, TimeUnit.SECONDS);
    }

    /** One Bolt message: a structure with one map field, in a single chunk, then the end marker. */
    private static byte[] message(byte signature, byte[] map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = 2 + map.length;
        out.write(length >> 8);
        out.write(length);
        out.write(0xB1);
        out.write(signature);
        out.writeBytes(map);
        out.write(0);
        out.write(0);
        return out.toByteArray();
    }

    /** A PackStream map of short strings; a null value stands for the map {product: probe/1.0}. */
    private static byte[] map(String... keysAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xA0 | keysAndValues.length / 2);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            string(out, keysAndValues[i]);
            if (keysAndValues[i + 1] == null) {
                out.writeBytes(map("product", "probe/1.0"));
            } else {
                string(out, keysAndValues[i + 1]);
            }
        }
        return out.toByteArray();
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.write(0x80 | bytes.length);
        out.writeBytes(bytes);
    }

    /** The bytes the server sent, across however many frames. */
    private static final class Received implements WebSocket.Listener {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<Void> closed = new CompletableFuture<>();
        private int read;

        @Override
        public synchronized CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            bytes.writeBytes(chunk);
            notifyAll();
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            closed.complete(null);
            synchronized (this) {
                notifyAll();
            }
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            onClose(socket, -1, error.toString());
        }

        /** The next {@code n} bytes, or null when the server closed or stayed silent for 20 s. */
        synchronized byte[] take(int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (bytes.size() - read < n && !closed.isDone() && System.nanoTime() < deadline) {
                wait(200);
            }
            if (bytes.size() - read < n) {
                return null;
            }
            byte[] out = java.util.Arrays.copyOfRange(bytes.toByteArray(), read, read + n);
            read += n;
            return out;
        }
    }
}
