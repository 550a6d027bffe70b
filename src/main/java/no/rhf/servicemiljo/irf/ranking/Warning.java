package no.rhf.servicemiljo.irf.ranking;

import java.util.List;

/**
 * A remark attached to a result. The {@link #code()} and {@link #members()} are meant for the UI to
 * build a translated message; {@link #text()} is the English fallback.
 *
 * @param code    what kind of remark
 * @param members the applications concerned, in candidate order (may be empty)
 * @param text    English text built from {@link Code#template()}
 */
public record Warning(Code code, List<String> members, String text) {

    public Warning {
        members = List.copyOf(members);
    }

    /** Warning kinds with their English text templates ({@code %1$s} is the comma-separated members). */
    public enum Code {
        CONDORCET_CYCLE("Condorcet cycle among %s: the majority preferences between them go round in a circle, "
                + "so none of them beats all the others head to head."),
        TIE("Tie between %s. If a strict order is required, ties are broken " + TieBreak.RULE),
        NOT_ASSESSED("Not assessed on any ballot (no ballots, or excluded on all of them): %s. "
                + "Placed last without a score."),
        MEDIAN_TIE_BROKEN_BY_MEAN("Same median rank for %s; they are ordered by mean rank (lower is better)."),
        KEMENY_NOT_UNIQUE("%2$d different rankings reach the maximal Kemeny score; the one shown is the first "
                + "of them in the given application order."),
        KEMENY_NOT_UNIQUE_UNCOUNTED("More than one ranking reaches the maximal Kemeny score (neighbours tied head to "
                + "head can swap places); the one shown is the first of them in the given application order."),
        KEMENY_HEURISTIC("Kemeny–Young is computed exactly only when no group of applications in one majority cycle "
                + "has more than %2$d members; here one has %3$d, so the ranking is a local-search approximation and may "
                + "not be optimal."),
        KEMENY_NOT_PROVEN("The exact Kemeny–Young search did not finish within its limit; the ranking shown is the best "
                + "found and is not proven optimal.");

        private final String template;

        Code(String template) {
            this.template = template;
        }

        public String template() {
            return template;
        }
    }

    /** Creates a warning; {@code args} fill the template from {@code %2$} on. */
    static Warning of(Code code, List<String> members, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = String.join(", ", members);
        System.arraycopy(args, 0, all, 1, args.length);
        return new Warning(code, members, code.template().formatted(all));
    }
}
