package no.rhf.servicemiljo.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The reminder rules per deadline kind: everyone reads them (to choose what to opt out of); ADMIN edits them. */
@Service
public class ReminderRuleService {

    private final ReminderSettings settings;
    private final ReminderService reminders;
    private final Clock clock;

    ReminderRuleService(ReminderSettings settings, ReminderService reminders, Clock clock) {
        this.settings = settings;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Every kind that has a rule, in the order of its kind. */
    @PermitAll
    public List<ReminderRule> rules() {
        return new ArrayList<>(settings.rules().values());
    }

    /** The rule planning uses for a kind: its own, or the default offsets when it has none. */
    @PermitAll
    public ReminderRule ruleFor(String kind) {
        return settings.rule(kind).orElseGet(() -> ReminderRule.fallback(kind, reminders.defaultOffsets()));
    }

    /**
     * Stores the rule of a kind after checking every field (nothing is stored when a field is wrong): offsets are
     * whole days between -60 and 120, comma-separated; an overdue repeat needs both its interval and its limit.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public ReminderRule save(String kind, ReminderRuleDraft draft) {
        if (kind == null || !kind.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new FieldValidationException("kind", "reminder.rule.error.kind");
        }
        List<Integer> offsets = ReminderRule.parseOffsets(draft.offsets());
        Integer every = draft.overdueEveryDays();
        Integer until = draft.overdueUntilDays();
        if (every != null && (every < 1 || every > ReminderRule.MAX_OVERDUE_DAYS)) {
            throw new FieldValidationException("overdueEveryDays", "reminder.rule.error.every", String.valueOf(ReminderRule.MAX_OVERDUE_DAYS));
        }
        if (every == null && until != null) {
            throw new FieldValidationException("overdueEveryDays", "reminder.rule.error.every-required");
        }
        if (every != null && (until == null || until < every || until > ReminderRule.MAX_OVERDUE_DAYS)) {
            throw new FieldValidationException("overdueUntilDays", "reminder.rule.error.until", String.valueOf(every), String.valueOf(ReminderRule.MAX_OVERDUE_DAYS));
        }
        if (offsets.isEmpty() && every == null && draft.enabled()) {
            throw new FieldValidationException("offsets", "reminder.rule.error.no-days");
        }
        ReminderRule rule = new ReminderRule(kind, offsets, every, until, draft.mandatory(), draft.enabled());
        settings.saveRule(rule, CurrentUser.require().id(), clock.instant());
        return rule;
    }
}
