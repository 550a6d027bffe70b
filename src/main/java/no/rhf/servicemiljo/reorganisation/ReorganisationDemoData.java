package no.rhf.servicemiljo.reorganisation;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * One open reorganisation case: a competence service in Helse Vest whose term ends, with the users already
 * heard and the employee representatives still to come (so the IRF step shows what it needs).
 */
@Component
class ReorganisationDemoData implements DemoDataSeeder {

    static final String UNIT = "Nasjonal kompetansetjeneste for vestibulære sykdommer";

    private final ReorganisationCaseRepository cases;
    private final InvolvementRepository involvements;
    private final UnitService units;
    private final Clock clock;

    ReorganisationDemoData(ReorganisationCaseRepository cases, InvolvementRepository involvements, UnitService units, Clock clock) {
        this.cases = cases;
        this.involvements = involvements;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 750;
    }

    @Override
    @Transactional
    public void seed() {
        if (cases.count() > 0) {
            return;
        }
        NationalUnit unit = units.findAll(new UnitFilter(null, null, null, UNIT)).stream()
                .filter(u -> u.getNameNb().equals(UNIT)).findFirst().orElse(null);
        if (unit == null || !unit.getStatus().inOperation()) {
            return;
        }
        ReorganisationCase c = cases.save(new ReorganisationCase(unit, CaseKind.COMPETENCE_SERVICE, unit.getHostTrust().getRegion(),
                "Tjenestens tiårsperiode går ut. Helse Vest vurderer sammen med fagmiljøet om tjenesten bør videreføres "
                        + "som kvalitets- og kompetansenettverk, og forbereder sak til IRF."));
        involvements.save(new Involvement(c, InvolvementParty.USERS, "Brukerutvalget i Helse Bergen og Norges Døveforbund",
                LocalDate.now(clock).minusWeeks(3),
                "Brukerne ønsker at kompetansen videreføres nasjonalt, og at nettverket får en brukerrepresentant fra hver region.",
                "marte.solheim"));
    }
}
