package org.edhub.hub.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed sign-ins per user and per address, for the dashboard and the embedded SFTP server alike. At the
 * {@code freeFailures}th failure in a row, a user or an address is locked out for {@code firstLockout}, doubled with
 * every further failure up to {@code longestLockout}; a success clears the user and the address. Every failure is
 * logged with the user and address, never the password.
 */
public final class SignInThrottle {
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final int freeFailures;
    private final Duration firstLockout;
    private final Duration longestLockout;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(int freeFailures, Duration firstLockout, Duration longestLockout, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstLockout = firstLockout;
        this.longestLockout = longestLockout;
        this.clock = clock;
    }

    /** How long the user or the address is still locked out; zero when it may try. */
    public Duration lockedFor(String user, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(user, address)) {
            Failures f = failures.get(key);
            if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.lockedUntil());
                if (left.compareTo(longest) > 0) longest = left;
            }
        }
        return longest;
    }

    /** A failed sign-in of {@code user} from {@code address} on {@code service} (e.g. "dashboard", "sftp"). */
    public void failed(String service, String user, String address) {
        Instant now = clock.instant();
        int count = 0;
        for (String key : keys(user, address)) {
            Failures f = failures.compute(key, (k, old) -> next(old == null ? 1 : old.count() + 1, now));
            count = Math.max(count, f.count());
        }
        Duration locked = lockedFor(user, address);
        LOG.warn("{} sign-in failed for user '{}' from {} ({} failure(s) in a row{})", service, user, address, count,
                locked.isZero() ? "" : "; locked out for " + seconds(locked) + " s");
    }

    /** A wait in whole seconds, rounded up. */
    public static long seconds(Duration wait) {
        return (wait.toMillis() + 999) / 1000;
    }

    /** A successful sign-in: the user's and the address's failures are forgotten. */
    public void succeeded(String user, String address) {
        for (String key : keys(user, address)) failures.remove(key);
    }

    private Failures next(int count, Instant now) {
        if (count < freeFailures) return new Failures(count, null);
        int doublings = Math.min(count - freeFailures, 20);
        Duration lockout = firstLockout.multipliedBy(1L << doublings);
        if (lockout.compareTo(longestLockout) > 0) lockout = longestLockout;
        return new Failures(count, now.plus(lockout));
    }

    private static String[] keys(String user, String address) {
        return new String[] {"user:" + (user == null ? "" : user), "address:" + (address == null ? "" : address)};
    }
}
