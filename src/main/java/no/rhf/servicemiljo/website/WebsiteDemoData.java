package no.rhf.servicemiljo.website;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Demo website checklist for the current year (the mandate's five criteria) and a few assessments: two services fully
 * assessed, a multi-regional service with both hosts' pages for the matching-pages criterion, the rest not yet.
 */
@Component
class WebsiteDemoData implements DemoDataSeeder {

    private final WebsiteRepository repository;
    private final WebsiteAssessmentService assessments;
    private final UserService users;
    private final Clock clock;

    WebsiteDemoData(WebsiteRepository repository, WebsiteAssessmentService assessments, UserService users, Clock clock) {
        this.repository = repository;
        this.assessments = assessments;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    @Transactional
    public void seed() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        if (repository.year(year).isPresent()) {
            return;
        }
        LocalDate deadline = LocalDate.of(year, 10, 1);
        repository.insertYear(year, deadline.isAfter(today.plusDays(21)) ? deadline : today.plusDays(21));
        for (int i = 0; i < WebsiteCriteriaService.MANDATE_CRITERIA.size(); i++) {
            repository.insertCriterion(year, i + 1, WebsiteCriteriaService.MANDATE_CRITERIA.get(i),
                    i == WebsiteCriteriaService.MANDATE_MATCHING_PAGES);
        }
        List<WebsiteCriterion> criteria = repository.criteria(year);
        List<NationalUnit> units = assessments.units();
        List<AppUser> coordinators = users.activeUsersWithRole(Role.REGIONAL_COORDINATOR);
        units.stream().filter(u -> u.getKind() != UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE).limit(2).forEach(unit -> {
            for (WebsiteCriterion c : criteria) {
                if (c.matchingPages()) {
                    continue;
                }
                WebsiteResult result = c.position() == 5 ? WebsiteResult.PARTLY_MET : WebsiteResult.MET;
                repository.saveAnswer(unit.getId(), c.id(), new WebsiteAnswerDraft(result, site(unit),
                        null, result == WebsiteResult.PARTLY_MET ? "Ventetider vises, men ikke utvikling over tid." : null),
                        coordinator(unit, coordinators));
            }
        });
        units.stream().filter(u -> u.getSecondHostTrust() != null).findFirst().ifPresent(unit -> criteria.stream()
                .filter(WebsiteCriterion::matchingPages).findFirst().ifPresent(c -> repository.saveAnswer(unit.getId(), c.id(),
                        new WebsiteAnswerDraft(WebsiteResult.PARTLY_MET, "https://www.helse-bergen.no/behandlingar",
                                "https://www.oslo-universitetssykehus.no/behandlinger",
                                "Samme mål, men ulik beskrivelse av henvisningsrutinene på de to sidene."),
                        coordinator(unit, coordinators))));
    }

    private static String site(NationalUnit unit) {
        return Optional.ofNullable(unit.getWebsite()).filter(w -> w.startsWith("http")).orElse("https://www.helsenorge.no/");
    }

    private static String coordinator(NationalUnit unit, List<AppUser> coordinators) {
        return coordinators.stream().filter(c -> c.getRegion() != null && unit.isHostedIn(c.getRegion().getId()))
                .map(AppUser::getUsername).findFirst().orElse("system");
    }
}
