package no.rhf.servicemiljo.leadership.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import no.rhf.servicemiljo.shell.HeaderContribution;
import no.rhf.servicemiljo.leadership.LeadershipService;


/** The current leading region, in the header of every page. */
@org.springframework.stereotype.Component
class LeaderInHeader implements HeaderContribution {

    private final LeadershipService leadership;

    LeaderInHeader(LeadershipService leadership) {
        this.leadership = leadership;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        Span span = new Span();
        span.addClassName("sm-header-leader");
        span.setId("header-leader");
        span.setText(leadership.status().current()
                .map(p -> span.getTranslation("leadership.header", p.getRegion().getName(), p.getStartsOn().getYear(),
                        p.getEndsOn().getYear()))
                .orElse(span.getTranslation("leadership.none")));
        return span;
    }
}
