package no.rhf.servicemiljo.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brute-force protection of the local login: consecutive failures per user name (whether or not the account
 * exists, so that the answer never tells) and per client address, with a growing wait and a temporary lockout
 * (see {@link LoginProtectionProperties}). Kept in memory of this node; every failure, refusal and lockout is
 * also written to the {@link SecurityAudit}.
 */
@Component
public class LoginAttempts {

    private record Failures(int count, Instant last) {
    }

    private final LoginProtectionProperties settings;
    private final SecurityAudit audit;
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();

    LoginAttempts(LoginProtectionProperties settings, SecurityAudit audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** For tests that step through the waits without sleeping. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** For tests: forget every failure (the context is shared with tests that sign in). */
    void forgetAll() {
        byAccount.clear();
        byAddress.clear();
    }

    /** How long this attempt must still wait (zero: it may go ahead). */
    public Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(byAccount.get(key(username)), settings.freeFailures(), settings.lockoutFailures(), now);
        Duration fromAddress = address == null ? Duration.ZERO
                : remaining(byAddress.get(address), settings.addressFreeFailures(), settings.addressLockoutFailures(), now);
        return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    public void refused(String username, String address, Duration wait) {
        audit.record(SecurityAudit.Kind.LOGIN_REFUSED_THROTTLED, key(username), address, "wait " + wait.toSeconds() + " s");
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        Failures account = byAccount.compute(key(username), (k, old) -> next(old, now));
        audit.record(SecurityAudit.Kind.LOGIN_FAILED, key(username), address, "failure " + account.count());
        if (account.count() == settings.lockoutFailures()) {
            audit.record(SecurityAudit.Kind.ACCOUNT_LOCKED, key(username), address, "for " + settings.lockoutDuration());
        }
        if (address != null) {
            Failures fromAddress = byAddress.compute(address, (k, old) -> next(old, now));
            if (fromAddress.count() == settings.addressLockoutFailures()) {
                audit.record(SecurityAudit.Kind.ADDRESS_LOCKED, key(username), address, "for " + settings.lockoutDuration());
            }
        }
    }

    /** Random user names must not fill the memory: past a size, failures older than the lockout are dropped. */
    private void forgetOld(Instant now) {
        if (byAccount.size() + byAddress.size() > 10_000) {
            Instant horizon = now.minus(settings.lockoutDuration());
            byAccount.values().removeIf(f -> f.last().isBefore(horizon));
            byAddress.values().removeIf(f -> f.last().isBefore(horizon));
        }
    }

    /** A successful sign-in clears the account's failures (not the address's: one good account must not unlock it). */
    public void succeeded(String username) {
        byAccount.remove(key(username));
    }

    private Failures next(Failures old, Instant now) {
        boolean forgotten = old == null || Duration.between(old.last(), now).compareTo(settings.lockoutDuration()) >= 0;
        return new Failures(forgotten ? 1 : old.count() + 1, now);
    }

    private Duration remaining(Failures failures, int free, int lockout, Instant now) {
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        Duration wait;
        if (failures.count() >= lockout) {
            wait = settings.lockoutDuration();
        } else {
            int doublings = Math.min(failures.count() - free, 20);
            Duration grown = settings.baseDelay().multipliedBy(1L << doublings);
            wait = grown.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : grown;
        }
        Duration left = Duration.between(now, failures.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
