package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a due date reads everywhere (Mine oppgaver, Mine frister, the årshjul, the dashboard): a deadline past due is
 * worded as overdue ("Forfalt for 12 dager siden"), never as still current.
 */
public final class DueText {

    private DueText() {
    }

    public static boolean overdue(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }

    /** Days late (positive) or left (negative), as the dashboard's overdue panel counts them. */
    public static long daysLate(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(due, today);
    }

    public static String of(Component in, LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < -1) {
            return in.getTranslation("common.due.overdue", -days);
        }
        if (days == -1) {
            return in.getTranslation("common.due.overdue-one");
        }
        if (days == 0) {
            return in.getTranslation("common.due.today");
        }
        return days == 1 ? in.getTranslation("common.due.tomorrow") : in.getTranslation("common.due.in", days);
    }

    /** The due text as a badge: red when overdue, yellow-ish (contrast) for today. */
    public static Span badge(Component in, LocalDate due, LocalDate today) {
        Span badge = new Span(of(in, due, today));
        badge.addClassName("sm-due");
        if (overdue(due, today)) {
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("sm-overdue");
        } else {
            badge.getElement().getThemeList().add(due.equals(today) ? "badge contrast" : "badge");
        }
        return badge;
    }
}
