package no.rhf.servicemiljo.website.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.website.WebsiteCriteriaService;
import no.rhf.servicemiljo.website.WebsiteYear;

import java.time.LocalDate;
import java.util.Map;

/**
 * ADMIN's checklist per year: open a year (its list copied from the year before), set its reminder deadline, and add,
 * edit, reorder, retire and bring back criteria.
 */
@Route("websites/criteria")
@RolesAllowed(Role.Names.ADMIN)
public class WebsiteCriteriaView extends Section implements HasDynamicTitle {

    private final WebsiteCriteriaService service;
    private final ComboBox<WebsiteYear> year = new ComboBox<>();
    private final DatePicker deadline = new DatePicker();
    private final IntegerField newYear = new IntegerField();
    private final DatePicker newDeadline = new DatePicker();
    private final CriteriaList list;

    WebsiteCriteriaView(WebsiteCriteriaService service) {
        this.service = service;
        this.list = new CriteriaList(service);
        addClassName("sm-view");
        setId("website-criteria");
        add(new H2(getTranslation("website.criteria.title")), new RouterLink(getTranslation("website.back"), WebsiteOverviewView.class));

        newYear.setLabel(getTranslation("website.year"));
        newYear.setId("website-new-year");
        int next = service.years().stream().mapToInt(WebsiteYear::year).max().orElse(LocalDate.now().getYear() - 1) + 1;
        newYear.setValue(next);
        newDeadline.setLabel(getTranslation("website.deadline"));
        newDeadline.setId("website-new-deadline");
        newDeadline.setValue(LocalDate.of(next, 10, 1));
        Button open = new Button(getTranslation("website.criteria.open-year"), e -> openYear());
        open.setId("website-open-year");
        HorizontalLayout openForm = new HorizontalLayout(newYear, newDeadline, open);
        openForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        openForm.setWrap(true);

        year.setLabel(getTranslation("website.year"));
        year.setItemLabelGenerator(y -> String.valueOf(y.year()));
        year.setId("website-criteria-year");
        year.addValueChangeListener(e -> render());
        deadline.setLabel(getTranslation("website.deadline"));
        deadline.setId("website-deadline");
        Button saveDeadline = new Button(getTranslation("website.criteria.save-deadline"), e -> saveDeadline());
        saveDeadline.setId("website-save-deadline");
        HorizontalLayout yearBar = new HorizontalLayout(year, deadline, saveDeadline);
        yearBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        yearBar.setWrap(true);
        add(new H3(getTranslation("website.criteria.new-year")), openForm, new H3(getTranslation("website.criteria.list")), yearBar, list);
        loadYears(null);
    }

    private void loadYears(Integer select) {
        var years = service.years();
        year.setItems(years);
        years.stream().filter(y -> select == null || y.year() == select).findFirst().ifPresent(year::setValue);
        render();
    }

    private void render() {
        WebsiteYear y = year.getValue();
        deadline.setValue(y == null ? null : y.deadline());
        list.show(y == null ? null : y.year());
    }

    private void openYear() {
        try {
            WebsiteYear opened = service.openYear(newYear.getValue() == null ? 0 : newYear.getValue(), newDeadline.getValue());
            Notifications.success(getTranslation("website.criteria.year-opened", opened.year()));
            loadYears(opened.year());
        } catch (FieldValidationException e) {
            Notifications.showAtField(e, Map.of("year", newYear, "deadline", newDeadline));
        }
    }

    private void saveDeadline() {
        if (year.getValue() == null) {
            return;
        }
        try {
            WebsiteYear saved = service.setDeadline(year.getValue().year(), deadline.getValue());
            Notifications.success(getTranslation("website.criteria.deadline-saved"));
            loadYears(saved.year());
        } catch (FieldValidationException e) {
            Notifications.showAtField(e, Map.of("deadline", deadline));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("website.criteria.title");
    }
}
