package no.rhf.servicemiljo.website;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checklist per year. ADMIN opens a year (its list is copied from the latest earlier year, or else from the
 * mandate's list), adds, edits, reorders and retires criteria; everyone signed in reads it. A retired criterion keeps
 * the answers given to it and can be brought back.
 */
@Service
@Transactional(readOnly = true)
public class WebsiteCriteriaService {

    public static final int MAX_TEXT = 300;

    /** The requirements from the dialogue day of 15 September 2023 ("Nettsider for nasjonale tjenester"). */
    static final List<String> MANDATE_CRITERIA = List.of(
            "Godkjent beskrivelse av tjenesten",
            "Henvisningskriterier",
            "Mål for tjenesten",
            "Samsvar mellom sider for flerregionale tjenester – felles mål",
            "Data over tid – likeverdig tilgjengelighet");
    static final int MANDATE_MATCHING_PAGES = 3;

    private final WebsiteRepository repository;
    private final ApplicationEventPublisher events;

    WebsiteCriteriaService(WebsiteRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @PermitAll
    public Optional<WebsiteYear> year(int year) {
        return repository.year(year);
    }

    /** The opened years, newest first. */
    @PermitAll
    public List<WebsiteYear> years() {
        return repository.years();
    }

    /** The year's criteria in order, the retired ones too (empty if the year is not opened). */
    @PermitAll
    public List<WebsiteCriterion> criteria(int year) {
        return repository.criteria(year);
    }

    /** The criteria still asked, in order. */
    @PermitAll
    public List<WebsiteCriterion> activeCriteria(int year) {
        return repository.criteria(year).stream().filter(c -> !c.retired()).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public WebsiteYear openYear(int year, LocalDate deadline) {
        if (year < 2000 || year > 2100) {
            throw new FieldValidationException("year", "website.error.year");
        }
        if (repository.year(year).isPresent()) {
            throw new FieldValidationException("year", "website.error.year-open", year);
        }
        requireDeadline(year, deadline);
        repository.insertYear(year, deadline);
        Optional<Integer> previous = repository.latestYearBefore(year);
        if (previous.isPresent()) {
            int position = 1;
            for (WebsiteCriterion c : activeCriteria(previous.get())) {
                repository.insertCriterion(year, position++, c.text(), c.matchingPages());
            }
        } else {
            for (int i = 0; i < MANDATE_CRITERIA.size(); i++) {
                repository.insertCriterion(year, i + 1, MANDATE_CRITERIA.get(i), i == MANDATE_MATCHING_PAGES);
            }
        }
        changed(year);
        return repository.year(year).orElseThrow();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public WebsiteYear setDeadline(int year, LocalDate deadline) {
        requireOpen(year);
        requireDeadline(year, deadline);
        repository.setDeadline(year, deadline);
        changed(year);
        return repository.year(year).orElseThrow();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public WebsiteCriterion add(int year, String text, boolean matchingPages) {
        requireOpen(year);
        String clean = requireText(text);
        int position = repository.criteria(year).stream().mapToInt(WebsiteCriterion::position).max().orElse(0) + 1;
        long id = repository.insertCriterion(year, position, clean, matchingPages);
        changed(year);
        return repository.criterion(id).orElseThrow();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public WebsiteCriterion edit(long id, String text, boolean matchingPages) {
        WebsiteCriterion c = criterion(id);
        repository.updateCriterion(id, requireText(text), matchingPages);
        changed(c.year());
        return criterion(id);
    }

    /** Moves a criterion one place up ({@code -1}) or down ({@code +1}); at either end nothing changes. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public List<WebsiteCriterion> move(long id, int direction) {
        WebsiteCriterion c = criterion(id);
        List<WebsiteCriterion> list = new ArrayList<>(repository.criteria(c.year()));
        int from = list.indexOf(c);
        int to = from + Integer.signum(direction);
        if (to >= 0 && to < list.size() && direction != 0) {
            list.add(to, list.remove(from));
        }
        for (int i = 0; i < list.size(); i++) {
            repository.setPosition(list.get(i).id(), i + 1);
        }
        changed(c.year());
        return repository.criteria(c.year());
    }

    /** Retires a criterion (not asked any more; its answers stay) or brings it back. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public WebsiteCriterion setRetired(long id, boolean retired) {
        WebsiteCriterion c = criterion(id);
        repository.setRetired(id, retired);
        changed(c.year());
        return criterion(id);
    }

    private WebsiteCriterion criterion(long id) {
        return repository.criterion(id).orElseThrow(() -> new IllegalArgumentException("No website criterion " + id));
    }

    private void requireOpen(int year) {
        if (repository.year(year).isEmpty()) {
            throw new FieldValidationException("year", "website.error.year-not-open", year);
        }
    }

    private static void requireDeadline(int year, LocalDate deadline) {
        if (deadline == null) {
            throw new FieldValidationException("deadline", "website.error.required");
        }
        if (deadline.getYear() < year || deadline.getYear() > year + 1) {
            throw new FieldValidationException("deadline", "website.error.deadline-year", year);
        }
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new FieldValidationException("text", "website.error.required");
        }
        TextSafety.requireStorable("text", text, MAX_TEXT);
        return text.strip();
    }

    private void changed(int year) {
        events.publishEvent(new WebsiteChanged(year));
    }
}
