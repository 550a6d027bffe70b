package no.rhf.servicemiljo.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.rhf.servicemiljo.base.ui.AccessibilityChecks;
import no.rhf.servicemiljo.shell.AccessibilityProperties;

import java.util.stream.Collectors;

/**
 * The accessibility statement (tilgjengelighetserklæring) that the regulations on universal design of
 * ICT require. Public, so that it can be read before signing in. What it says was tested is generated
 * from {@link AccessibilityChecks}, the list the automated tests run.
 */
@Route(value = AccessibilityChecks.STATEMENT_ROUTE, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    AccessibilityStatementView(AccessibilityProperties settings) {
        String contact = settings.contact();
        setId("accessibility-statement");
        addClassNames("sm-view", "sm-statement");
        H1 title = new H1(getTranslation("a11y.title"));
        Anchor home = new Anchor("", getTranslation("a11y.to-app"));
        Header header = new Header(home);
        header.addClassName("sm-statement-header");
        add(header, title, new Paragraph(getTranslation("a11y.intro")));

        add(new H2(getTranslation("a11y.status.title")), new Paragraph(getTranslation("a11y.status")));

        add(new H2(getTranslation("a11y.checks.title")), new Paragraph(getTranslation("a11y.checks.intro")));
        UnorderedList checks = new UnorderedList();
        checks.setId("accessibility-checks");
        for (AccessibilityChecks.Check check : AccessibilityChecks.Check.values()) {
            checks.add(new ListItem(getTranslation("a11y.check." + check.name(),
                    String.join(", ", AccessibilityChecks.AXE_TAGS), AccessibilityChecks.NARROW_WIDTH_PX)));
        }
        add(checks);

        add(new H2(getTranslation("a11y.routes.title")));
        UnorderedList routes = new UnorderedList();
        routes.setId("accessibility-routes");
        for (AccessibilityChecks.CheckedRoute route : AccessibilityChecks.ROUTES) {
            String roles = route.roles().stream().map(r -> getTranslation("a11y.role." + r)).collect(Collectors.joining(", "));
            routes.add(new ListItem(getTranslation("a11y.route", getTranslation(route.titleKey(), ""), "/" + route.route(), roles)));
        }
        add(routes);

        add(new H2(getTranslation("a11y.manual.title")), new Paragraph(getTranslation("a11y.manual")));
        add(new H2(getTranslation("a11y.known.title")), new Paragraph(getTranslation("a11y.known")));

        add(new H2(getTranslation("a11y.feedback.title")));
        Anchor mail = new Anchor("mailto:" + contact, contact);
        mail.setId("accessibility-contact");
        add(new Paragraph(new com.vaadin.flow.component.Text(getTranslation("a11y.feedback") + " "), mail));
        Anchor uu = new Anchor("https://www.uutilsynet.no/", getTranslation("a11y.complaint.link"));
        add(new Paragraph(new com.vaadin.flow.component.Text(getTranslation("a11y.complaint") + " "), uu));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – " + getTranslation("app.name");
    }
}
