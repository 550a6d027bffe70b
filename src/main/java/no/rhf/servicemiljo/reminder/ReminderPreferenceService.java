package no.rhf.servicemiljo.reminder;

import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Each signed-in user's own reminder preferences: each reminder or a weekly digest, and opting out of kinds that are
 * not mandatory (checked here, not only in the view).
 */
@Service
public class ReminderPreferenceService {

    private final ReminderSettings settings;
    private final ReminderRuleService rules;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReminderPreferenceService(ReminderSettings settings, ReminderRuleService rules, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PermitAll
    public ReminderPreferences mine() {
        return settings.preferences(CurrentUser.require().id());
    }

    /**
     * Chooses how reminders arrive. Leaving the weekly digest turns the reminders waiting for it into single ones,
     * each sent on its own day (nothing is lost, nothing comes twice).
     */
    @PermitAll
    @Transactional
    public void setMyDelivery(ReminderDelivery delivery) {
        if (delivery == null) {
            throw new FieldValidationException("delivery", "reminder.prefs.error.delivery");
        }
        long me = CurrentUser.require().id();
        settings.setDelivery(me, delivery, clock.instant());
        if (delivery == ReminderDelivery.EACH) {
            jdbc.sql("""
                    update reminder_outbox set digest_week = null,
                        next_attempt_at = greatest(?, coalesce((remind_on + time '07:00') at time zone 'Europe/Oslo', ?))
                    where recipient_id = ? and status = 'PENDING' and digest_week is not null
                    """).params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), me).update();
        }
    }

    /** Opts out of (or back into) a kind of deadline; a mandatory kind cannot be opted out of. */
    @PermitAll
    @Transactional
    public void setMyOptOut(String kind, boolean optOut) {
        if (kind == null || kind.isBlank()) {
            throw new FieldValidationException("kind", "reminder.rule.error.kind");
        }
        if (optOut && rules.ruleFor(kind).mandatory()) {
            throw new FieldValidationException("kind", "reminder.prefs.error.mandatory");
        }
        long me = CurrentUser.require().id();
        settings.setOptOut(me, kind, optOut, clock.instant());
        if (optOut) {
            // not sent yet, and no longer wanted
            jdbc.sql("delete from reminder_outbox where recipient_id = ? and deadline_kind = ? and status = 'PENDING'").params(me, kind).update();
        }
    }
}
