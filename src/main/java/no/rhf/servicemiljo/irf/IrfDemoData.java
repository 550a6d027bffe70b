package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.registry.CompetenceFunction;
import no.rhf.servicemiljo.registry.UnitKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Demo round for the current year with six applications from all four regions, on the IRF agenda. */
@Component
class IrfDemoData implements DemoDataSeeder {

    static final List<String> CRITERIA = List.of(
            "Tjenesten gjelder sjeldne og/eller komplekse tilstander eller krever tverrfaglig kompetanse som ikke kan bygges i alle regioner",
            "Tjenesten bidrar til likeverdig tilgang for pasienter i hele landet",
            "Tjenesten har et tilstrekkelig pasientvolum til å sikre kvalitet og kompetanse",
            "Tjenesten er basert på dokumentert effekt (ny metode: positiv beslutning i Beslutningsforum)",
            "Søknaden beskriver kompetansespredning og samarbeid med de andre regionene");

    private final IrfRepository repository;
    private final OrganisationService organisation;
    private final Clock clock;

    IrfDemoData(IrfRepository repository, OrganisationService organisation, Clock clock) {
        this.repository = repository;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    @Transactional
    public void seed() {
        int year = LocalDate.now(clock).getYear();
        if (repository.roundOfYear(year).isPresent()) {
            return;
        }
        long roundId = repository.insertRound(year, LocalDate.of(year, 1, 2), LocalDate.of(year, 6, 15),
                LocalDate.of(year, 8, 31), LocalDate.of(year, 12, 10), LocalDate.of(year + 1, 1, 15), CRITERIA);
        IrfRound round = repository.round(roundId).orElseThrow();
        add(round, 1, "Oslo universitetssykehus", null, UnitKind.NATIONAL_TREATMENT_SERVICE, null,
                "Nasjonal behandlingstjeneste for CAR-T-cellebehandling av barn med leukemi",
                "Barn med residiv av akutt lymfatisk leukemi", true, "BF 2024-061", "Kari Nordmann, OUS");
        add(round, 2, "Sunnaas sykehus", null, UnitKind.NATIONAL_COMPETENCE_SERVICE, CompetenceFunction.COMPETENCE_BUILDING,
                "Nasjonal kompetansetjeneste for rehabilitering etter alvorlig ervervet hjerneskade hos barn",
                "Barn og unge med ervervet hjerneskade", false, null, "Ola Hansen, Sunnaas sykehus");
        add(round, 1, "Helse Bergen", "St. Olavs hospital", UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE, null,
                "Flerregional behandlingstjeneste for fosterkirurgi ved spina bifida",
                "Gravide med foster med ryggmargsbrokk", true, "BF 2023-118", "Ingeborg Vik, Helse Bergen");
        add(round, 2, "Helse Stavanger", null, UnitKind.NATIONAL_TREATMENT_SERVICE, null,
                "Nasjonal behandlingstjeneste for dyp hjernestimulering ved alvorlig tvangslidelse",
                "Voksne med behandlingsresistent tvangslidelse (OCD)", false, null, "Per Eide, Helse Stavanger");
        add(round, 1, "St. Olavs hospital", null, UnitKind.NATIONAL_COMPETENCE_SERVICE, CompetenceFunction.TRAINING,
                "Nasjonal kompetansetjeneste for ultralydveiledet regional anestesi",
                "Pasienter som trenger regional anestesi ved kirurgi", false, null, "Siri Lien, St. Olavs hospital");
        add(round, 1, "Universitetssykehuset Nord-Norge", null, UnitKind.NATIONAL_TREATMENT_SERVICE, null,
                "Nasjonal behandlingstjeneste for telemedisinsk oppfølging av barn med sjelden epilepsi",
                "Barn med sjeldne epilepsisyndromer i spredtbygde strøk", false, null, "Nils Pedersen, UNN");
    }

    private void add(IrfRound round, int regionalRank, String host, String secondHost, UnitKind kind, CompetenceFunction function,
                     String title, String patientGroup, boolean newMethod, String bf, String contact) {
        HealthTrust first = trust(host);
        Map<Long, String> answers = new HashMap<>();
        round.criteria().forEach(c -> answers.put(c.id(), "Se punkt " + c.position() + " i vedlagt søknadsskjema."));
        Map<Short, Integer> volumes = new HashMap<>();
        organisation.regions().forEach(r -> volumes.put(r.getId(), r.equals(first.getRegion()) ? 40 : 12));
        ApplicationDraft draft = new ApplicationDraft(first.getId(), secondHost == null ? null : trust(secondHost).getId(), kind,
                function, title, patientGroup, "Søknaden beskriver " + title.toLowerCase() + " for " + patientGroup.toLowerCase()
                + ", med plan for kompetansespredning til alle regioner.", newMethod, bf, contact, answers, volumes);
        long id = repository.insertApplication(round.id(), first.getRegion().getId(), draft);
        repository.setRegionalRank(id, regionalRank);
        repository.setStatus(id, ApplicationStatus.ON_AGENDA);
    }

    private HealthTrust trust(String name) {
        return organisation.healthTrusts().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }
}
