package no.rhf.servicemiljo.website;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One website assessment per unit and year: a result per criterion with a link and a note. The host region's
 * coordinator assesses (ADMIN too, as for the unit itself); everyone signed in reads. Units no longer in operation are
 * not assessed.
 */
@Service
@Transactional(readOnly = true)
public class WebsiteAssessmentService {

    public static final int MAX_LINK = 500;
    public static final int MAX_NOTE = 2000;

    private final WebsiteRepository repository;
    private final WebsiteCriteriaService criteria;
    private final UnitService units;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;

    WebsiteAssessmentService(WebsiteRepository repository, WebsiteCriteriaService criteria, UnitService units,
                             OrganisationService organisation, ApplicationEventPublisher events) {
        this.repository = repository;
        this.criteria = criteria;
        this.units = units;
        this.organisation = organisation;
        this.events = events;
    }

    /** The units that are assessed: those in operation, by name. */
    @PermitAll
    public List<NationalUnit> units() {
        return units.findAll(UnitFilter.ALL).stream().filter(u -> u.getStatus().inOperation()).toList();
    }

    /** The unit's answers of the year, by criterion id. */
    @PermitAll
    public Map<Long, WebsiteAnswer> answers(long unitId, int year) {
        Map<Long, WebsiteAnswer> byCriterion = new HashMap<>();
        repository.answers(unitId, year).forEach(a -> byCriterion.put(a.criterionId(), a));
        return byCriterion;
    }

    /** Whether the signed-in user may assess the unit's website: ADMIN, or a coordinator of one of its host regions. */
    @PermitAll
    public boolean canAssess(NationalUnit unit) {
        return CurrentUser.get().map(u -> mayAssess(u, unit)).orElse(false);
    }

    static boolean mayAssess(AppUserPrincipal user, NationalUnit unit) {
        return user.role() == Role.ADMIN || (user.role() == Role.REGIONAL_COORDINATOR && unit.isHostedIn(user.regionId()));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public WebsiteAnswer save(long unitId, long criterionId, WebsiteAnswerDraft draft) {
        NationalUnit unit = units.find(unitId).orElseThrow(() -> new IllegalArgumentException("No unit " + unitId));
        AppUserPrincipal user = CurrentUser.require();
        if (!mayAssess(user, unit)) {
            throw new AccessDeniedException("Unit " + unitId + " is not hosted in the user's region");
        }
        WebsiteCriterion criterion = repository.criterion(criterionId)
                .orElseThrow(() -> new IllegalArgumentException("No website criterion " + criterionId));
        if (criterion.retired()) {
            throw new FieldValidationException("result", "website.error.retired");
        }
        if (draft.result() == null) {
            throw new FieldValidationException("result", "website.error.required");
        }
        String link = url("link", draft.link());
        String secondLink = url("secondLink", draft.secondLink());
        if (secondLink != null && !(criterion.matchingPages() && unit.getSecondHostTrust() != null)) {
            throw new FieldValidationException("secondLink", "website.error.second-link-only-matching");
        }
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        TextSafety.requireStorable("note", note, MAX_NOTE);
        repository.saveAnswer(unitId, criterionId, new WebsiteAnswerDraft(draft.result(), link, secondLink, note), user.username());
        events.publishEvent(new WebsiteChanged(criterion.year()));
        return answers(unitId, criterion.year()).get(criterionId);
    }

    @PermitAll
    public WebsiteOverview overview(int year) {
        List<WebsiteCriterion> asked = criteria.activeCriteria(year);
        Map<Long, Map<Long, WebsiteAnswer>> byUnit = new HashMap<>();
        repository.answersOfYear(year).forEach(a -> byUnit.computeIfAbsent(a.unitId(), u -> new HashMap<>()).put(a.criterionId(), a));
        List<WebsiteOverview.UnitRow> rows = units().stream()
                .map(u -> new WebsiteOverview.UnitRow(u, byUnit.getOrDefault(u.getId(), Map.of()))).toList();
        List<WebsiteOverview.RegionCounts> regions = new ArrayList<>();
        for (Region region : organisation.regions()) {
            List<WebsiteOverview.UnitRow> hosted = rows.stream().filter(r -> r.unit().isHostedIn(region.getId())).toList();
            regions.add(new WebsiteOverview.RegionCounts(region, hosted.size(),
                    hosted.stream().mapToLong(r -> r.count(asked, WebsiteResult.MET)).sum(),
                    hosted.stream().mapToLong(r -> r.count(asked, WebsiteResult.PARTLY_MET)).sum(),
                    hosted.stream().mapToLong(r -> r.count(asked, WebsiteResult.NOT_MET)).sum(),
                    hosted.stream().mapToLong(r -> r.notAssessed(asked)).sum()));
        }
        return new WebsiteOverview(year, asked, regions, rows);
    }

    /** A link must be a whole http or https address (with a host), at most {@value #MAX_LINK} characters; blank: none. */
    static String url(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        TextSafety.requireStorable(field, v, MAX_LINK);
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new FieldValidationException(field, "website.error.url");
            }
        } catch (URISyntaxException e) {
            throw new FieldValidationException(field, "website.error.url");
        }
        return v;
    }
}
