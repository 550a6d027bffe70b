package no.rhf.servicemiljo.website;

import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.DeadlineSource;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year's website assessments are due on the year's deadline: the host regions' coordinators of every unit in operation
 * with a criterion still unanswered are reminded (a unit fully assessed drops out). The årshjul shows one date per year.
 */
@Component
class WebsiteDeadlines implements DeadlineSource {

    static final String KIND = "WEBSITE_ASSESSMENT_DUE";

    private final WebsiteRepository repository;
    private final UnitService units;
    private final UserService users;

    WebsiteDeadlines(WebsiteRepository repository, UnitService units, UserService users) {
        this.repository = repository;
        this.units = units;
        this.users = users;
    }

    @Override
    public List<Deadline> deadlinesBetween(LocalDate from, LocalDate to) {
        List<WebsiteYear> years = repository.yearsWithDeadlineBetween(from, to);
        if (years.isEmpty()) {
            return List.of();
        }
        List<NationalUnit> inOperation = units.findAll(UnitFilter.ALL).stream().filter(u -> u.getStatus().inOperation()).toList();
        List<AppUser> coordinators = users.activeUsersWithRole(Role.REGIONAL_COORDINATOR);
        List<Deadline> deadlines = new ArrayList<>();
        for (WebsiteYear year : years) {
            Set<Long> asked = new HashSet<>();
            repository.criteria(year.year()).stream().filter(c -> !c.retired()).forEach(c -> asked.add(c.id()));
            Map<Long, Set<Long>> answered = new HashMap<>();
            repository.answersOfYear(year.year()).forEach(a -> answered.computeIfAbsent(a.unitId(), u -> new HashSet<>()).add(a.criterionId()));
            for (NationalUnit unit : inOperation) {
                if (asked.isEmpty() || answered.getOrDefault(unit.getId(), Set.of()).containsAll(asked)) {
                    continue;
                }
                List<Deadline.Recipient> recipients = coordinators.stream()
                        .filter(c -> c.getRegion() != null && unit.isHostedIn(c.getRegion().getId())).map(Deadline.Recipient::of).toList();
                deadlines.add(new Deadline("website-" + year.year() + "-unit-" + unit.getId(), KIND,
                        "Vurdering av nettsiden: " + unit.getNameNb(),
                        "Website assessment: " + (unit.getNameEn() == null ? unit.getNameNb() : unit.getNameEn()),
                        year.deadline(), recipients, "websites/" + year.year() + "/" + unit.getId()));
            }
        }
        return deadlines;
    }

    @Override
    public boolean tracksDone(Deadline deadline) {
        return true;
    }

    /** For the årshjul: one date per year with how many units are left, while any is. */
    @Override
    public List<Deadline> overviewBetween(LocalDate from, LocalDate to) {
        Map<LocalDate, List<Deadline>> byDay = new HashMap<>();
        deadlinesBetween(from, to).forEach(d -> byDay.computeIfAbsent(d.dueOn(), k -> new ArrayList<>()).add(d));
        List<Deadline> overview = new ArrayList<>();
        byDay.forEach((day, list) -> {
            List<Deadline.Recipient> recipients = list.stream().flatMap(d -> d.recipients().stream()).distinct().toList();
            overview.add(new Deadline("website-" + day.getYear() + "-due", KIND,
                    "Vurdering av nettsider (" + list.size() + " gjenstår)", "Website assessments (" + list.size() + " left)",
                    day, recipients, "websites"));
        });
        return overview;
    }
}
