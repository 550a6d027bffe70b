package no.rhf.servicemiljo.website.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitPageTab;
import no.rhf.servicemiljo.website.WebsiteAnswer;
import no.rhf.servicemiljo.website.WebsiteAssessmentService;
import no.rhf.servicemiljo.website.WebsiteChanged;
import no.rhf.servicemiljo.website.WebsiteCriteriaService;
import no.rhf.servicemiljo.website.WebsiteResult;
import no.rhf.servicemiljo.website.WebsiteYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The unit page's "Nettside" tab: how the unit's website met the criteria each year, linking to each year's assessment. */
@org.springframework.stereotype.Component
class WebsiteTab implements UnitPageTab {

    private final WebsiteAssessmentService assessments;
    private final WebsiteCriteriaService criteria;
    private final LiveUpdates liveUpdates;

    WebsiteTab(WebsiteAssessmentService assessments, WebsiteCriteriaService criteria, LiveUpdates liveUpdates) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "website.unit-tab";
    }

    @Override
    public Component create(NationalUnit unit) {
        Div panel = new Div();
        panel.setId("unit-website");
        render(panel, unit);
        liveUpdates.refreshWhileAttached(panel, () -> render(panel, unit), WebsiteChanged.class);
        return panel;
    }

    private void render(Div panel, NationalUnit unit) {
        panel.removeAll();
        List<WebsiteYear> years = criteria.years();
        if (years.isEmpty()) {
            Paragraph empty = new Paragraph(panel.getTranslation("website.unit-tab.empty"));
            empty.addClassName("sm-empty-state");
            panel.add(empty);
            return;
        }
        List<String> header = new ArrayList<>(List.of(panel.getTranslation("website.unit-tab.year")));
        for (WebsiteResult result : WebsiteResult.values()) {
            header.add(panel.getTranslation("WebsiteResult." + result));
        }
        header.add(panel.getTranslation("website.not-assessed"));
        boolean[] numeric = {false, true, true, true, true};
        HtmlTable table = new HtmlTable(header, numeric);
        table.setId("unit-website-table");
        Div links = new Div();
        for (WebsiteYear year : years) {
            Map<Long, WebsiteAnswer> answers = assessments.answers(unit.getId(), year.year());
            var asked = criteria.activeCriteria(year.year());
            List<String> row = new ArrayList<>(List.of(String.valueOf(year.year())));
            for (WebsiteResult result : WebsiteResult.values()) {
                row.add(String.valueOf(asked.stream().filter(c -> answers.containsKey(c.id()) && answers.get(c.id()).result() == result).count()));
            }
            row.add(String.valueOf(asked.stream().filter(c -> !answers.containsKey(c.id())).count()));
            table.addRow(row, false);
            links.add(new Paragraph(new RouterLink(panel.getTranslation("website.unit-tab.open", year.year()), WebsiteUnitView.class,
                    WebsiteUnitView.parameters(year.year(), unit.getId()))));
        }
        panel.add(table, links);
    }
}
