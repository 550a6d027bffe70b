package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demo registry: national services, networks and centres with public names, spread over the
 * regions roughly like the service environment's 2023 overview, with reference groups (some seats
 * vacant) and demo users as contacts and members.
 */
@Component
class RegistryDemoData implements DemoDataSeeder {

    /** kind | host trust | second host (multi-regional) | name | approved | function (T=training, C=building) | status. */
    private static final String UNITS = """
            T|Helse Bergen||Nasjonal behandlingstjeneste for avansert brannskadebehandling|2011-01-01||
            T|Helse Bergen||Nasjonal behandlingstjeneste for hyperbarmedisinsk behandling|2012-01-01||
            T|Helse Bergen||Nasjonal behandlingstjeneste for gammaknivbehandling|2011-01-01||
            T|Helse Bergen||Nasjonal behandlingstjeneste for kvinner med alvorlige fødselsskader|2014-06-01||
            T|Oslo universitetssykehus||Nasjonal behandlingstjeneste for organtransplantasjon|2011-01-01||
            T|Oslo universitetssykehus||Nasjonal behandlingstjeneste for epilepsikirurgi|2011-01-01||
            T|Oslo universitetssykehus||Nasjonal behandlingstjeneste for retinoblastom|2011-01-01||
            T|Oslo universitetssykehus||Nasjonal behandlingstjeneste for kjønnsinkongruens|2020-03-01||
            T|Oslo universitetssykehus||Nasjonal behandlingstjeneste for kraniofaciale misdannelser|2013-01-01||
            T|Oslo universitetssykehus||Nasjonal behandlingstjeneste for avansert trakealkirurgi|2016-01-01||
            T|Oslo universitetssykehus||Nasjonal behandlingstjeneste for hemofili og andre alvorlige blødersykdommer|2012-01-01||
            T|Sunnaas sykehus||Nasjonal behandlingstjeneste for avansert rehabilitering etter ryggmargsskade|2015-01-01||
            T|Akershus universitetssykehus||Nasjonal behandlingstjeneste for behandling av alvorlig hørselstap med cochleaimplantat hos voksne|2017-01-01||
            T|St. Olavs hospital||Nasjonal behandlingstjeneste for avansert fostermedisin|2013-01-01||
            T|Universitetssykehuset Nord-Norge||Nasjonal behandlingstjeneste for hjerteovervåkning ved langdistansetransport|2019-01-01||
            M|Oslo universitetssykehus|Helse Bergen|Flerregional behandlingstjeneste for leppe-kjeve-ganespalte|2011-01-01||
            M|Oslo universitetssykehus|Helse Bergen|Flerregional behandlingstjeneste for protonterapi|2021-01-01||
            M|Oslo universitetssykehus|St. Olavs hospital|Flerregional behandlingstjeneste for barnekirurgi ved sjeldne medfødte misdannelser|2015-01-01||
            M|Oslo universitetssykehus|Helse Bergen|Flerregional behandlingstjeneste for nevroendokrine svulster|2016-01-01||
            C|Oslo universitetssykehus||Nasjonal kompetansetjeneste for sjeldne diagnoser|2014-01-01|C|
            C|Oslo universitetssykehus||Nasjonal kompetansetjeneste for kvinnehelse|2016-01-01|C|
            C|Oslo universitetssykehus||Nasjonal kompetansetjeneste for læring og mestring innen helse|2016-01-01|C|
            C|Oslo universitetssykehus||Nasjonal kompetansetjeneste for prehospital akuttmedisin|2017-01-01|C|
            C|Oslo universitetssykehus||Nasjonal kompetansetjeneste for traumatologi|2016-06-01|C|
            C|Oslo universitetssykehus||Nasjonal kompetansetjeneste for amming|2017-01-01|T|
            C|Oslo universitetssykehus||Nasjonal kompetansetjeneste for kompleks epilepsi|2016-01-01|C|
            C|Oslo universitetssykehus||Nasjonal kompetansetjeneste for nevroutviklingsforstyrrelser og hypersomnier|2016-01-01|C|
            C|Oslo universitetssykehus||Nasjonal kompetansetjeneste for hørsel og psykisk helse|2021-01-01|T|
            C|Sykehuset i Vestfold||Nasjonal kompetansetjeneste for aldring og helse|2016-01-01|C|UNDER_REORGANISATION
            C|Sykehuset Innlandet||Nasjonal kompetansetjeneste for tverrfaglig spesialisert rusbehandling|2016-01-01|C|
            C|Sykehuset Innlandet||Nasjonal kompetansetjeneste for samtidig rusmisbruk og psykisk lidelse|2016-01-01|C|
            C|Vestre Viken||Nasjonal kompetansetjeneste for barn og unge med funksjonsnedsettelser|2021-01-01|T|
            C|Helse Bergen||Nasjonal kompetansetjeneste for hjemmerespiratorbehandling|2016-01-01|C|
            C|Helse Bergen||Nasjonal kompetansetjeneste for vestibulære sykdommer|2017-01-01|C|
            C|Helse Bergen||Nasjonal kompetansetjeneste for leddproteser og hoftebrudd|2016-01-01|C|
            C|Helse Stavanger||Nasjonal kompetansetjeneste for bevegelsesforstyrrelser|2016-01-01|C|
            C|St. Olavs hospital||Nasjonal kompetansetjeneste for trening som medisin|2021-06-01|T|
            C|St. Olavs hospital||Nasjonal kompetansetjeneste for ultralyd og bildeveiledet behandling|2016-01-01|C|
            C|Helse Møre og Romsdal||Nasjonal kompetansetjeneste for sjukehusodontologi|2017-01-01|C|
            C|Universitetssykehuset Nord-Norge||Nasjonal kompetansetjeneste for døvblinde|2016-01-01|C|
            C|Universitetssykehuset Nord-Norge||Nasjonal kompetansetjeneste for nevromuskulære sykdommer|2016-01-01|C|
            C|Universitetssykehuset Nord-Norge||Nasjonal kompetansetjeneste for inkontinens og bekkenbunnsykdom|2016-01-01|C|
            C|Nordlandssykehuset||Nasjonal kompetansetjeneste for CFS/ME|2012-01-01|C|CLOSED
            N|Oslo universitetssykehus||Nasjonalt kvalitets- og kompetansenettverk for sped- og småbarns psykiske helse|2022-01-01||
            N|Helse Bergen||Nasjonalt kvalitets- og kompetansenettverk for psykisk helse og utviklingshemming|2022-01-01||
            N|St. Olavs hospital||Nasjonalt kvalitets- og kompetansenettverk for barnepalliasjon|2023-01-01||
            S|Universitetssykehuset Nord-Norge||Nasjonalt senter for e-helseforskning|2021-01-01||
            S|Sykehuset i Vestfold||Nasjonalt senter for aldring og helse|2023-01-01||
            """;

    private static final Map<String, UnitKind> KINDS = Map.of("T", UnitKind.NATIONAL_TREATMENT_SERVICE,
            "M", UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE, "C", UnitKind.NATIONAL_COMPETENCE_SERVICE,
            "N", UnitKind.QUALITY_COMPETENCE_NETWORK, "S", UnitKind.NATIONAL_CENTRE);

    private static final String[] FIRST = {"Astrid", "Bjørg", "Camilla", "Dag", "Elin", "Frode", "Gunnar", "Hanne",
            "Ivar", "Jorunn", "Kjetil", "Liv", "Magnus", "Nora", "Øystein", "Per Kristian", "Ragnhild", "Sverre",
            "Tone", "Ulrik", "Vigdis", "Åse"};
    private static final String[] LAST = {"Andersen", "Berntsen", "Christiansen", "Dahle", "Evensen", "Fossum",
            "Gundersen", "Halvorsen", "Iversen", "Jakobsen", "Karlsen", "Larsen", "Mathisen", "Nygård", "Ødegård",
            "Paulsen", "Rønning", "Sæther", "Tangen", "Ulstein", "Vold", "Aasland"};

    private final NationalUnitRepository units;
    private final ReferenceGroupMemberRepository members;
    private final OrganisationService organisation;
    private final UserService users;
    private final Clock clock;

    RegistryDemoData(NationalUnitRepository units, ReferenceGroupMemberRepository members,
                     OrganisationService organisation, UserService users, Clock clock) {
        this.units = units;
        this.members = members;
        this.organisation = organisation;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional
    public void seed() {
        if (units.count() > 0) {
            return;
        }
        Map<String, HealthTrust> trusts = organisation.healthTrusts().stream()
                .collect(Collectors.toMap(HealthTrust::getName, Function.identity()));
        Map<String, AppUser> byUsername = users.activeUsers().stream()
                .collect(Collectors.toMap(AppUser::getUsername, Function.identity()));
        Map<Short, AppUser> contactByRegion = new HashMap<>();
        users.activeUsersWithRole(Role.SERVICE_CONTACT).forEach(u -> contactByRegion.putIfAbsent(u.getRegion().getId(), u));
        Map<Short, AppUser> memberByRegion = new HashMap<>();
        users.activeUsersWithRole(Role.REFERENCE_GROUP_MEMBER).stream().filter(u -> u.getRegion() != null)
                .forEach(u -> memberByRegion.putIfAbsent(u.getRegion().getId(), u));
        LocalDate today = LocalDate.now(clock);
        NationalUnit network = null;
        int index = 0;
        for (String line : UNITS.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            UnitDraft d = new UnitDraft();
            d.setKind(KINDS.get(f[0]));
            d.setHostTrust(trusts.get(f[1]));
            d.setSecondHostTrust(f[2].isEmpty() ? null : trusts.get(f[2]));
            d.setNameNb(f[3]);
            d.setApprovalDate(LocalDate.parse(f[4]));
            d.setCompetenceFunction(switch (f[5]) {
                case "T" -> CompetenceFunction.TRAINING;
                case "C" -> CompetenceFunction.COMPETENCE_BUILDING;
                default -> null;
            });
            d.setDescription("Godkjent beskrivelse: " + f[3].replaceFirst("^\\S+ \\S+ for ", "tjenesten for ") + ".");
            d.setWebsite("https://www." + (f[1].contains("Oslo") ? "oslo-universitetssykehus.no" : "helse.example") + "/fag/" + index);
            d.setContact(contactByRegion.getOrDefault(d.getHostTrust().getRegion().getId(), contactByRegion.values().iterator().next()));
            if (d.getKind().isCompetenceService() && d.getCompetenceFunction() == CompetenceFunction.COMPETENCE_BUILDING
                    && index % 7 == 3) {
                // A few terms end within the coming year, so the dashboard has something to show.
                d.setTermEnd(today.plusMonths(2 + index % 9));
                d.setTermEndReason("Forlenget etter vedtak i Helsedirektoratet");
            }
            if (d.getKind().isNetwork()) {
                d.setFundingFrameMnok((short) (index % 2 == 0 ? 2 : 1));
                d.setFundingStart(d.getApprovalDate());
            }
            if (!f[6].isEmpty()) {
                d.setStatus(UnitStatus.valueOf(f[6]));
                if (d.getStatus() == UnitStatus.UNDER_REORGANISATION) {
                    d.setReorganisationOption(ReorganisationOption.OTHER_ORGANISATIONAL_FORM);
                }
            }
            UnitRules.completeDerivedValues(d);
            UnitRules.validate(d);
            NationalUnit unit = new NationalUnit(d.getKind());
            unit.apply(d, null, d.getContact());
            unit = units.save(unit);
            if (d.getKind().isNetwork() && network == null) {
                network = unit;
            }
            seedReferenceGroup(unit, index, memberByRegion, byUsername.get("hilde.bakken"));
            index++;
        }
    }

    private void seedReferenceGroup(NationalUnit unit, int index, Map<Short, AppUser> memberByRegion, AppUser userRep) {
        LocalDate appointed = unit.getApprovalDate().plusMonths(3);
        List<Region> regions = organisation.regions();
        Region chairRegion = regions.stream().filter(r -> !unit.hostRegions().contains(r))
                .skip(index % 2).findFirst().orElseThrow();
        for (Region region : regions) {
            if (index % 3 == 1 && region.getSortOrder() == 1 + index % 4) {
                continue; // vacant RHF seat
            }
            AppUser user = index % 2 == 0 ? memberByRegion.get(region.getId()) : null;
            String name = user != null ? user.getFullName() : person(index, region.getSortOrder());
            ReferenceGroupMember member = new ReferenceGroupMember(unit, SeatType.RHF_REPRESENTATIVE, region, name,
                    user != null ? user.getEmail() : null, user, appointed, null);
            member.setChair(region.equals(chairRegion));
            members.save(member);
        }
        if (index % 5 != 2) {
            AppUser rep = index % 3 == 0 ? userRep : null;
            members.save(new ReferenceGroupMember(unit, SeatType.USER_REPRESENTATIVE, null,
                    rep != null ? rep.getFullName() : person(index, 7), null, rep, appointed, null));
        }
        members.save(new ReferenceGroupMember(unit, SeatType.SERVICE_REPRESENTATIVE, unit.getHostTrust().getRegion(),
                person(index, 11), null, null, appointed, null));
        if (index % 4 == 0) {
            // An earlier member whose term has ended: the group keeps its history.
            members.save(new ReferenceGroupMember(unit, SeatType.USER_REPRESENTATIVE, null, person(index, 13), null,
                    null, appointed.minusYears(4), appointed.minusDays(1)));
        }
    }

    private static String person(int index, int seat) {
        return FIRST[(index * 3 + seat) % FIRST.length] + " " + LAST[(index * 5 + seat * 7) % LAST.length];
    }
}
