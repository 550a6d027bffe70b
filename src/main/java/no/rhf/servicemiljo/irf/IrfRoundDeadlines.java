package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.DeadlineSource;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The application round's own dates as deadlines: the round opens and the regional deadline (regional coordinators),
 * and the IRF members' ranking, due on the IRF meeting, for the members who have not submitted their ballot while the
 * ballot box is open. The round's other dates (to the service environment, the IRF meeting, to the Ministry) are in
 * the annual cycle's table, so they are not repeated here. Reads only; two queries, plus the users.
 */
@Component
class IrfRoundDeadlines implements DeadlineSource {

    static final String OPENS = "IRF_ROUND_OPENS";
    static final String REGIONAL_DEADLINE = "IRF_REGIONAL_DEADLINE";
    static final String RANKING_DUE = "IRF_RANKING_DUE";

    private record Round(long id, int year, LocalDate opensOn, LocalDate regionalDeadline, LocalDate irfMeeting, RoundPhase phase) {
    }

    private final JdbcClient jdbc;
    private final UserService users;

    IrfRoundDeadlines(JdbcClient jdbc, UserService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public List<Deadline> deadlinesBetween(LocalDate from, LocalDate to) {
        List<Round> rounds = jdbc.sql("""
                        select id, year, opens_on, regional_deadline, irf_meeting, phase from irf_round
                        where opens_on between :from and :to or regional_deadline between :from and :to or irf_meeting between :from and :to
                        order by year""").param("from", from).param("to", to)
                .query((rs, n) -> new Round(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), RoundPhase.valueOf(rs.getString(6))))
                .list();
        if (rounds.isEmpty()) {
            return List.of();
        }
        Set<String> submitted = new HashSet<>();
        jdbc.sql("select round_id, member_id from irf_ballot where round_id in (:rounds)")
                .param("rounds", rounds.stream().map(Round::id).toList())
                .query(rs -> { submitted.add(rs.getLong(1) + "|" + rs.getLong(2)); });
        List<Deadline.Recipient> coordinators = users.activeUsersWithRole(Role.REGIONAL_COORDINATOR).stream().map(Deadline.Recipient::of).toList();
        List<Deadline.Recipient> members = users.activeUsersWithRole(Role.IRF_MEMBER).stream().map(Deadline.Recipient::of).toList();
        List<Deadline> deadlines = new ArrayList<>();
        for (Round round : rounds) {
            add(deadlines, from, to, new Deadline("irf-round-" + round.id() + "-opens", OPENS,
                    "Søknadsrunden for nye nasjonale tjenester " + round.year() + " åpner",
                    "The " + round.year() + " round of applications for new national services opens", round.opensOn(), coordinators,
                    "irf/applications"));
            add(deadlines, from, to, new Deadline("irf-round-" + round.id() + "-regional", REGIONAL_DEADLINE,
                    "Regional frist for søknader om nye nasjonale tjenester " + round.year(),
                    "Regional deadline for applications for new national services " + round.year(), round.regionalDeadline(), coordinators,
                    "irf/applications"));
            // Only while the ballot box is open, and only to those who have not submitted: nobody is reminded of what is done.
            List<Deadline.Recipient> notSubmitted = round.phase() != RoundPhase.RANKING ? List.of()
                    : members.stream().filter(m -> !submitted.contains(round.id() + "|" + m.userId())).toList();
            add(deadlines, from, to, new Deadline("irf-round-" + round.id() + "-ranking", RANKING_DUE,
                    "Lever din IRF-rangering av søknadene " + round.year(),
                    "Submit your IRF ranking of the applications " + round.year(), round.irfMeeting(), notSubmitted, "irf/ranking"));
        }
        return deadlines;
    }

    /** The ranking is tracked (ballot submitted, ranking frozen); the round's opening and regional deadline are plain dates. */
    @Override
    public boolean tracksDone(Deadline deadline) {
        return RANKING_DUE.equals(deadline.kind());
    }

    private static void add(List<Deadline> into, LocalDate from, LocalDate to, Deadline deadline) {
        if (!deadline.dueOn().isBefore(from) && !deadline.dueOn().isAfter(to)) {
            into.add(deadline);
        }
    }
}
