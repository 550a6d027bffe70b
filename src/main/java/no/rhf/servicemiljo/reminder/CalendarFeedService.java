package no.rhf.servicemiljo.reminder;

import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import no.rhf.servicemiljo.base.PublicUrl;
import no.rhf.servicemiljo.base.i18n.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A personal calendar feed (iCalendar) a user subscribes to from their calendar program, at
 * {@code /calendar-feed/<token>.ics}. The token is 32 random bytes (URL-safe Base64); only its SHA-256 is stored, so
 * the address is shown once, when made. The user revokes it or makes a new one (the old one then stops working).
 * The feed holds what the user's calendar view shows, from {@value #PAST_DAYS} days ago to {@value #FUTURE_DAYS} days
 * ahead.
 */
@Service
public class CalendarFeedService {

    public static final String PATH = "/calendar-feed/";
    static final int PAST_DAYS = Deadlines.LOOKBACK_DAYS;
    static final int FUTURE_DAYS = 400;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReminderSettings settings;
    private final Deadlines deadlines;
    private final UserService users;
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final Messages messages;

    CalendarFeedService(ReminderSettings settings, Deadlines deadlines, UserService users, Clock clock,
                        PublicUrl publicUrl, Messages messages) {
        this.settings = settings;
        this.deadlines = deadlines;
        this.users = users;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.messages = messages;
    }

    /** When the signed-in user's feed address was made, if they have one. */
    @PermitAll
    public Optional<Instant> myFeedCreatedAt() {
        return settings.feedCreatedAt(CurrentUser.require().id());
    }

    /** Makes a new feed address for the signed-in user (any earlier one stops working) and returns it: shown once. */
    @PermitAll
    @Transactional
    public String createMyFeed() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        settings.saveFeedToken(CurrentUser.require().id(), hash(token), clock.instant());
        return publicUrl.base() + PATH + token + ".ics";
    }

    @PermitAll
    @Transactional
    public void revokeMyFeed() {
        settings.deleteFeedToken(CurrentUser.require().id());
    }

    /**
     * The iCalendar text of the feed with this token, or empty when the token is unknown, revoked or its user is
     * deactivated. Open to anyone: the secret token is the credential.
     */
    @PermitAll
    public Optional<String> feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return settings.feedOwner(hash(token)).flatMap(users::find).filter(AppUser::isActive).map(this::render);
    }

    private String render(AppUser user) {
        LocalDate today = LocalDate.now(clock);
        String locale = user.getLocale();
        var mine = deadlines.visibleTo(user.getId(), user.getRole(), today.minusDays(PAST_DAYS), today.plusDays(FUTURE_DAYS));
        return ReminderMessage.calendar(mine, locale, publicUrl.base(), clock.instant(),
                messages.get("calendar.feed.name", locale));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
