package org.tiegraph.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may write: requests carrying {@code Authorization: Bearer <token>} equal to the configured write token. Tokens
 * are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the time taken says nothing about the token.
 * Wrong tokens are logged and counted per client address; an address with too many is locked out for a while
 * ({@link FailedAttempts}). Without a configured token (or without a {@link DocumentIntake}) every write is refused
 * as disabled.
 */
final class WriteAccess {

    /** Why a write was refused; {@code null} from {@link #check} means allowed. */
    enum Refusal { DISABLED, MISSING, WRONG, LOCKED }

    /** Wrong tokens an address may send in {@link #LOCKOUT} before it is locked out for the rest of it. */
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(WriteAccess.class);

    private static final String BEARER = "bearer ";

    private final byte[] tokenDigest;
    private final FailedAttempts failures = new FailedAttempts(MAX_FAILURES, LOCKOUT);

    WriteAccess(String token, boolean intakeAvailable) {
        this.tokenDigest = token == null || token.isBlank() || !intakeAvailable ? null : sha256(token);
    }

    boolean enabled() {
        return tokenDigest != null;
    }

    Refusal check(Context ctx) {
        if (tokenDigest == null) {
            return Refusal.DISABLED;
        }
        String address = ctx.ip();
        if (failures.lockedForSeconds(address) > 0) {
            return Refusal.LOCKED;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Refusal.MISSING;
        }
        byte[] offered = sha256(header.substring(BEARER.length()).strip());
        if (MessageDigest.isEqual(tokenDigest, offered)) {
            return null;
        }
        int failed = failures.failed(address);
        LOG.warn("wrong write token from {} on {} {} ({} of {} allowed in {} s{})", address, ctx.method(), ctx.path(),
                failed, MAX_FAILURES, LOCKOUT.toSeconds(), failed >= MAX_FAILURES ? "; writes from it refused until then" : "");
        return Refusal.WRONG;
    }

    /** Whole seconds until a locked-out client may try again. */
    long lockedForSeconds(Context ctx) {
        return failures.lockedForSeconds(ctx.ip());
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
