package no.rhf.servicemiljo.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import no.rhf.servicemiljo.base.ui.DueText;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.shell.HomeSection;
import no.rhf.servicemiljo.inbox.InboxItem;
import no.rhf.servicemiljo.inbox.InboxService;
import no.rhf.servicemiljo.security.AppUserPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * <em>Mine oppgaver</em> on the home page: each task with what it is, its due date (overdue ones worded so, first) and
 * a link straight to the place to act; "Ingenting venter på deg" when nothing does.
 */
@org.springframework.stereotype.Component
class InboxSection implements HomeSection {

    private final InboxService inbox;
    private final Clock clock;

    InboxSection(InboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(AppUserPrincipal user) {
        Section section = new Section();
        section.setId("inbox");
        section.add(new H2(section.getTranslation("inbox.title")));
        List<InboxItem> tasks = inbox.myTasks();
        if (tasks.isEmpty()) {
            Paragraph empty = new Paragraph(section.getTranslation("inbox.empty"));
            empty.addClassName("sm-empty-state");
            empty.setId("inbox-empty");
            section.add(empty);
            return section;
        }
        long overdue = tasks.stream().filter(InboxItem::overdue).count();
        Paragraph summary = new Paragraph(overdue > 0 ? section.getTranslation("inbox.summary.overdue", tasks.size(), overdue)
                : section.getTranslation("inbox.summary", tasks.size()));
        summary.setId("inbox-summary");
        UnorderedList list = new UnorderedList();
        list.setId("inbox-list");
        list.addClassName("sm-inbox-list");
        LocalDate today = LocalDate.now(clock);
        String language = com.vaadin.flow.component.UI.getCurrent() == null ? "nb" : com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage();
        for (InboxItem task : tasks) {
            list.add(item(section, task, today, language));
        }
        section.add(summary, list);
        return section;
    }

    private static ListItem item(Component in, InboxItem task, LocalDate today, String language) {
        Span kind = new Span(in.getTranslation("inbox.category." + task.category().name()));
        kind.addClassName("sm-inbox-item-kind");
        Anchor link = new Anchor(task.path(), task.title(language));
        link.addClassName("sm-inbox-link");
        Span due = new Span(in.getTranslation("inbox.due", Formats.date(task.dueOn())));
        due.addClassName("sm-muted");
        ListItem item = new ListItem(kind, link, due, DueText.badge(in, task.dueOn(), today));
        item.addClassName("sm-inbox-item");
        if (task.overdue()) {
            item.addClassName("sm-overdue");
        }
        item.getElement().setAttribute("data-deadline", task.deadlineKey());
        return item;
    }
}
