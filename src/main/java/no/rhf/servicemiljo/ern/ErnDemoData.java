package no.rhf.servicemiljo.ern;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A few ERN memberships of demo units, in several regions and with every status, so the overview has content. */
@Component
class ErnDemoData implements DemoDataSeeder {

    /** unit | network | status | from | to | contact. */
    private static final String MEMBERSHIPS = """
            Nasjonal behandlingstjeneste for epilepsikirurgi|ERN EpiCARE|FULL_MEMBER|2017-03-01||Kari Nordvik
            Nasjonal kompetansetjeneste for kompleks epilepsi|ERN EpiCARE|AFFILIATED_PARTNER|2022-01-01||Jon Eide
            Nasjonal behandlingstjeneste for hemofili og andre alvorlige blødersykdommer|ERN EuroBloodNet|FULL_MEMBER|2017-03-01||Siri Lund
            Nasjonal behandlingstjeneste for kraniofaciale misdannelser|ERN CRANIO|FULL_MEMBER|2017-03-01||Håkon Bakke
            Flerregional behandlingstjeneste for leppe-kjeve-ganespalte|ERN CRANIO|APPLICANT|2025-09-01||Ingvild Sæther
            Nasjonal behandlingstjeneste for retinoblastom|ERN PaedCan|FULL_MEMBER|2017-03-01||Tor Aasen
            Nasjonal behandlingstjeneste for organtransplantasjon|ERN TRANSPLANT-CHILD|FULL_MEMBER|2017-03-01||Nina Røed
            Nasjonal kompetansetjeneste for nevromuskulære sykdommer|ERN EURO-NMD|AFFILIATED_PARTNER|2022-01-01||Ola Nilsen
            Nasjonal kompetansetjeneste for bevegelsesforstyrrelser|ERN-RND|FULL_MEMBER|2019-01-01|2023-12-31|Eva Moe
            """;

    private final ErnMembershipRepository memberships;
    private final UnitService units;

    ErnDemoData(ErnMembershipRepository memberships, UnitService units) {
        this.memberships = memberships;
        this.units = units;
    }

    @Override
    public int order() {
        return 760;
    }

    @Override
    @Transactional
    public void seed() {
        if (memberships.count() > 0) {
            return;
        }
        Map<String, NationalUnit> byName = units.findAll(UnitFilter.ALL).stream()
                .collect(Collectors.toMap(NationalUnit::getNameNb, Function.identity(), (a, b) -> a));
        for (String line : MEMBERSHIPS.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            NationalUnit unit = byName.get(f[0]);
            if (unit == null) {
                continue;
            }
            ErnStatus status = f[4].isEmpty() ? ErnStatus.valueOf(f[2]) : ErnStatus.ENDED;
            String email = f[5].toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace("å", "a").replace("æ", "ae")
                    .replace("ø", "o") + "@helse.example";
            ErnDraft draft = new ErnDraft(f[1], status, LocalDate.parse(f[3]), f[4].isEmpty() ? null : LocalDate.parse(f[4]),
                    f[5], email, null);
            ErnService.validate(draft);
            ErnMembership m = new ErnMembership(unit);
            m.apply(draft);
            memberships.save(m);
        }
    }
}
