package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.registry.CompetenceFunction;
import no.rhf.servicemiljo.registry.UnitKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds rounds of their own (a far-future year each) so tests never share state with the demo round or each other. */
final class IrfFixtures {

    private static final AtomicInteger YEARS = new AtomicInteger(3000);

    private IrfFixtures() {
    }

    /** Call signed in as ADMIN. */
    static IrfRound round(ApplicationService service) {
        return service.createRound(YEARS.incrementAndGet(), List.of("Sjelden eller kompleks tilstand", "Likeverdig tilgang"));
    }

    static HealthTrust trust(OrganisationService organisation, String name) {
        return organisation.healthTrusts().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    static ApplicationDraft draft(OrganisationService organisation, IrfRound round, String host, String title) {
        Map<Long, String> answers = new HashMap<>();
        round.criteria().forEach(c -> answers.put(c.id(), "Svar på kriterium " + c.position()));
        return new ApplicationDraft(trust(organisation, host).getId(), null, UnitKind.NATIONAL_TREATMENT_SERVICE, null, title,
                "Pasientgruppe for " + title, "Beskrivelse av " + title, false, null, "Kontakt Person", answers,
                Map.of((short) 1, 10, (short) 2, 5));
    }

    static ApplicationDraft competence(OrganisationService organisation, IrfRound round, String host, String title) {
        ApplicationDraft d = draft(organisation, round, host, title);
        return new ApplicationDraft(d.hostTrustId(), null, UnitKind.NATIONAL_COMPETENCE_SERVICE, CompetenceFunction.TRAINING,
                d.title(), d.patientGroup(), d.description(), false, null, d.contact(), d.answers(), d.volumes());
    }

    /** Six applications from all four regions, submitted, received and put on the IRF agenda. Call as ADMIN. */
    static List<Application> agenda(ApplicationService service, OrganisationService organisation, IrfRound round) {
        String[][] specs = {
                {"Oslo universitetssykehus", "Nasjonal behandlingstjeneste for CAR-T hos barn"},
                {"Sunnaas sykehus", "Nasjonal behandlingstjeneste for avansert ryggmargsrehabilitering av barn"},
                {"Helse Bergen", "Nasjonal behandlingstjeneste for fosterkirurgi"},
                {"Helse Stavanger", "Nasjonal behandlingstjeneste for dyp hjernestimulering ved OCD"},
                {"St. Olavs hospital", "Nasjonal behandlingstjeneste for avansert fostermedisinsk ultralyd"},
                {"Universitetssykehuset Nord-Norge", "Nasjonal behandlingstjeneste for telemedisinsk epilepsioppfølging"}};
        List<Application> result = new ArrayList<>();
        for (String[] spec : specs) {
            Application a = service.create(round.id(), draft(organisation, round, spec[0], spec[1]));
            service.submit(a.id());
            service.advance(a.id(), ApplicationStatus.RECEIVED);
            result.add(service.advance(a.id(), ApplicationStatus.ON_AGENDA));
        }
        return result;
    }
}
