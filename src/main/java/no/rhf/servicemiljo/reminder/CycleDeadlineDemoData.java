package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** The annual cycle's dates for this year and the next (they change yearly: ADMIN corrects them). */
@Component
class CycleDeadlineDemoData implements DemoDataSeeder {

    private final JdbcClient jdbc;
    private final Clock clock;

    CycleDeadlineDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    @Transactional
    public void seed() {
        int year = LocalDate.now(clock).getYear();
        for (int y = year; y <= year + 1; y++) {
            add("DIRECTORATE_FEEDBACK", "Tilbakemelding til Helsedirektoratet om vurderingen", "Feedback to the Directorate",
                    LocalDate.of(y, 6, 1), "REGIONAL_COORDINATORS");
            add("APPLICATIONS_DUE", "RHF-enes rangerte søknader til servicemiljøet", "Ranked applications to the service environment",
                    LocalDate.of(y, 8, 31), "REGIONAL_COORDINATORS");
            add("IRF_MEETING", "IRF behandler søknader om nye nasjonale tjenester", "IRF decides on applications",
                    LocalDate.of(y, 12, 10), "IRF_MEMBERS");
            add("MINISTRY_DUE", "Samlet søknad til Helse- og omsorgsdepartementet", "Combined application to the Ministry",
                    LocalDate.of(y, 1, 15), "REGIONAL_COORDINATORS");
        }
    }

    private void add(String kind, String nb, String en, LocalDate due, String audience) {
        jdbc.sql("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(kind, nb, en, due, audience).update();
    }
}
