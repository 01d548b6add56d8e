package org.tiegraph.api;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a slow request body cost its sender only. Bodies up to {@code eagerBytes} are received without a thread
 * (Jetty's {@link EagerContentHandler}), so the API sees a request, and takes an admission slot, only once its body is
 * all there; and once {@code graceNanos} have passed, a body must have arrived at {@code minBytesPerSecond} on average
 * or its connection is closed. (Jetty 12 no longer enforces {@code HttpConfiguration}'s minimum data rate, and its
 * {@code MinimumDataRateHandler} measures all requests together.)
 */
final class SlowBodyGuard extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(SlowBodyGuard.class);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final long minBytesPerSecond;
    private final long graceNanos;

    SlowBodyGuard(long minBytesPerSecond, long graceNanos, long eagerBytes) {
        super(new EagerContentHandler(new EagerContentHandler.RetainedContentLoaderFactory(eagerBytes, -1, false)));
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceNanos = graceNanos;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() == 0 || request.getLength() < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        Watch watch = new Watch(request);
        boolean handled = false;
        try {
            handled = super.handle(watch, response, Callback.from(callback, watch::stop));
            return handled;
        } finally {
            if (!handled) {
                watch.stop();
            }
        }
    }

    /** One request body on the clock: bytes received so far, checked when they would stop being enough. */
    private final class Watch extends Request.Wrapper {
        private final long started = System.nanoTime();
        private final AtomicLong received = new AtomicLong();
        private volatile boolean done;
        private volatile Scheduler.Task check;

        Watch(Request request) {
            super(request);
            schedule(graceNanos);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                received.addAndGet(chunk.remaining());
                if (chunk.isLast()) {
                    stop();
                }
            }
            return chunk;
        }

        private void schedule(long delayNanos) {
            if (!done) {
                check = getComponents().getScheduler().schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
            }
        }

        private void check() {
            if (done) {
                return;
            }
            long elapsed = System.nanoTime() - started;
            long bytes = received.get();
            long required = (elapsed - graceNanos) / SECOND * minBytesPerSecond;
            if (bytes < required) {
                LOG.info("closing the connection of {} {} from {}: its body came at {} B/s, below the minimum of {} B/s",
                        getMethod(), getHttpURI().getPath(), Request.getRemoteAddr(this),
                        bytes * SECOND / Math.max(1, elapsed), minBytesPerSecond);
                stop();
                getConnectionMetaData().getConnection().getEndPoint()
                        .close(new TimeoutException("request body too slow"));
                return;
            }
            // the bytes so far stay enough until this moment
            long enoughUntil = graceNanos + bytes / minBytesPerSecond * SECOND;
            schedule(Math.max(SECOND, enoughUntil - elapsed));
        }

        void stop() {
            done = true;
            Scheduler.Task task = check;
            if (task != null) {
                task.cancel();
            }
        }
    }
}
