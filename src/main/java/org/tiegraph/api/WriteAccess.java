package org.tiegraph.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who may write: requests carrying {@code Authorization: Bearer <token>} equal to the configured write token. Tokens
 * are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the time taken says nothing about the token.
 * Without a configured token (or without a {@link DocumentIntake}) every write is refused as disabled.
 */
final class WriteAccess {

    /** Why a write was refused; {@code null} from {@link #check} means allowed. */
    enum Refusal { DISABLED, MISSING, WRONG }

    private static final String BEARER = "bearer ";

    private final byte[] tokenDigest;

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
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Refusal.MISSING;
        }
        byte[] offered = sha256(header.substring(BEARER.length()).strip());
        return MessageDigest.isEqual(tokenDigest, offered) ? null : Refusal.WRONG;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
