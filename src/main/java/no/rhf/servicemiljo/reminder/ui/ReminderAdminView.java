package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.reminder.CycleDeadlineService;
import no.rhf.servicemiljo.reminder.ReminderPreviewService;
import no.rhf.servicemiljo.reminder.ReminderRuleService;
import no.rhf.servicemiljo.reminder.ReminderService;
import no.rhf.servicemiljo.security.Role;

import java.time.Clock;

/**
 * ADMIN's reminder area: the delivery log (retry, plan now, test mail), the rules per deadline kind, the annual
 * cycle's dates and a preview of what a user would get.
 */
@Route("reminders")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.reminders", order = 850, icon = "vaadin:envelope")
public class ReminderAdminView extends Section implements HasDynamicTitle {

    ReminderAdminView(ReminderService reminders, ReminderRuleService rules, CycleDeadlineService cycle,
                      ReminderPreviewService previews, Clock clock) {
        addClassName("sm-view");
        setId("reminder-admin");
        TabSheet tabs = new TabSheet();
        tabs.setId("reminder-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("reminder.tab.outbox"), new OutboxPanel(reminders, rules, clock)).setId("tab-outbox");
        tabs.add(getTranslation("reminder.tab.rules"), new RulesPanel(rules)).setId("tab-rules");
        tabs.add(getTranslation("reminder.tab.cycle"), new CycleDeadlinesPanel(cycle, rules)).setId("tab-cycle");
        tabs.add(getTranslation("reminder.tab.preview"), new PreviewPanel(previews)).setId("tab-preview");
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reminders");
    }
}
