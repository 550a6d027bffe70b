package no.rhf.servicemiljo.leadership.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.leadership.FundingService;
import no.rhf.servicemiljo.organisation.Region;

import java.time.Year;
import java.util.List;
import java.util.Map;

/** ADMIN records a region's earmarked grant for a year (a new year, or a correction). */
public class FundingDialog extends Dialog {

    public FundingDialog(FundingService funding, List<Region> regions) {
        setHeaderTitle(getTranslation("funding.edit"));
        setId("funding-dialog");
        ComboBox<Region> region = new ComboBox<>(getTranslation("unit.region"), regions);
        region.setItemLabelGenerator(Region::getName);
        region.setRequired(true);
        IntegerField year = new IntegerField(getTranslation("funding.year-field"));
        year.setValue(Year.now().getValue());
        year.setStepButtonsVisible(true);
        BigDecimalField earmarked = new BigDecimalField(getTranslation("funding.earmarked"));
        BigDecimalField rare = new BigDecimalField(getTranslation("funding.rare"));
        Map<String, HasValidation> fields = Map.of("year", year, "earmarked", earmarked, "rareDiagnoses", rare);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (region.isEmpty()) {
                region.setErrorMessage(getTranslation("leadership.error.region"));
                region.setInvalid(true);
                return;
            }
            try {
                funding.save(region.getValue(), year.getValue() == null ? 0 : year.getValue(), earmarked.getValue(), rare.getValue());
                Notifications.success(getTranslation("funding.saved"));
                close();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("funding-save");
        add(new FormLayout(region, year, earmarked, rare));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
