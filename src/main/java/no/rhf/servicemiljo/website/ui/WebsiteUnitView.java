package no.rhf.servicemiljo.website.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.website.WebsiteAnswer;
import no.rhf.servicemiljo.website.WebsiteAssessmentService;
import no.rhf.servicemiljo.website.WebsiteCriteriaService;
import no.rhf.servicemiljo.website.WebsiteCriterion;
import no.rhf.servicemiljo.website.WebsiteYear;

import java.util.List;
import java.util.Map;

/**
 * One unit's website assessment for a year: a form per criterion, editable by the host region's coordinator (and
 * ADMIN), read-only for everyone else.
 */
@Route("websites/:year([0-9]{4})/:unit([0-9]{1,18})")
@PermitAll
public class WebsiteUnitView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final WebsiteAssessmentService assessments;
    private final WebsiteCriteriaService criteria;
    private final UnitService units;
    private String title = "";

    WebsiteUnitView(WebsiteAssessmentService assessments, WebsiteCriteriaService criteria, UnitService units) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.units = units;
        addClassName("sm-view");
        setId("website-unit");
    }

    static RouteParameters parameters(int year, long unitId) {
        return new RouteParameters(Map.of("year", String.valueOf(year), "unit", String.valueOf(unitId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int year = event.getRouteParameters().getInteger("year").orElse(-1);
        long unitId = event.getRouteParameters().getLong("unit").orElse(-1L);
        NationalUnit unit = units.find(unitId).orElseThrow(NotFoundException::new);
        WebsiteYear opened = criteria.year(year).orElseThrow(NotFoundException::new);
        title = getTranslation("website.unit.title", unit.getNameNb(), year);
        removeAll();
        H2 heading = new H2(title);
        heading.setId("website-unit-name");
        Anchor unitPage = new Anchor("units/" + unitId, getTranslation("website.unit.registry"));
        HorizontalLayout links = new HorizontalLayout(new RouterLink(getTranslation("website.back"), WebsiteOverviewView.class), unitPage);
        add(heading, links);
        Paragraph info = new Paragraph(getTranslation("website.unit.info", unit.hostTrustNames(), Formats.date(opened.deadline())));
        add(info);
        boolean editable = assessments.canAssess(unit);
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation("website.unit.read-only"));
            readOnly.addClassName("sm-muted");
            readOnly.setId("website-read-only");
            add(readOnly);
        }
        List<WebsiteCriterion> asked = criteria.activeCriteria(year);
        if (asked.isEmpty()) {
            add(new Paragraph(getTranslation("website.criteria.empty")));
        }
        Map<Long, WebsiteAnswer> answers = assessments.answers(unitId, year);
        for (WebsiteCriterion c : asked) {
            add(new CriterionAnswerForm(assessments, unit, c, answers.get(c.id()), editable));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
