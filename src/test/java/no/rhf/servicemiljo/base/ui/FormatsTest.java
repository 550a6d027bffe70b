package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates follow the screen's language; times are 24-hour, in Oslo. */
class FormatsTest {

    @AfterEach
    void leaveTheUi() {
        UI.setCurrent(null);
    }

    @ParameterizedTest
    @CsvSource({"nb-NO, 04.03.2026, 04.03.2026 15:05", "nn-NO, 04.03.2026, 04.03.2026 15:05", "en, 04/03/2026, 04/03/2026 15:05"})
    void datesInTheScreensLanguage(String language, String date, String dateTime) {
        UI ui = new UI();
        ui.setLocale(Locale.forLanguageTag(language));
        UI.setCurrent(ui);
        assertEquals(date, Formats.date(LocalDate.of(2026, 3, 4)));
        assertEquals(dateTime, Formats.dateTime(Instant.parse("2026-03-04T14:05:00Z")));
    }

    @ParameterizedTest
    @CsvSource({"2026-03-04, 04.03.2026"})
    void norwegianWithoutAScreen(LocalDate date, String expected) {
        assertEquals(expected, Formats.date(date));
        assertEquals(Formats.NOTHING, Formats.date(null));
    }
}
