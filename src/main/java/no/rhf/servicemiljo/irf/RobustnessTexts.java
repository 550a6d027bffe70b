package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.irf.ranking.Robustness;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The robustness panel in words, the same for the screen (the user's language) and the frozen snapshot (bokmål):
 * places with their leave-one-member-out range, verdicts, margins and cycles ("A slår B 3–1, B slår C …").
 *
 * @param text  a translation: key and arguments to text ({@code getTranslation} or {@link no.rhf.servicemiljo.base.i18n.Messages})
 * @param title an application id to its title
 * @param name  a voter id to the member's name
 */
public record RobustnessTexts(Translation text, Function<String, String> title, Function<String, String> name) {

    /** A translation function (a key and its arguments to text). */
    @FunctionalInterface
    public interface Translation {
        String get(String key, Object... arguments);
    }

    /** For a results object: titles and member names from it. */
    public static RobustnessTexts of(RankingResults r, Translation text) {
        return new RobustnessTexts(text, id -> r.application(id).title(),
                id -> r.voterNames().getOrDefault(id, id));
    }

    /** "2", or "2 (1–3)" when removing one ballot moves it between 1 and 3. */
    public String place(Robustness.MethodPlace p) {
        return p.moves() ? text.get("irf.robust.place-range", s(p.place()), s(p.best()), s(p.worst())) : s(p.place());
    }

    public String verdict(Robustness.Position p) {
        return text.get("irf.robust.verdict." + p.verdict().name());
    }

    /** The members whose ballot, removed alone, changes the position; empty text if none. */
    public String changedBy(Robustness.Position p) {
        return p.changedBy().stream().map(name).collect(Collectors.joining(", "));
    }

    /** The verdict with the members it hangs on, for one line per position. */
    public String verdictLine(Robustness.Position p) {
        return p.verdict() == Robustness.Verdict.DEPENDS_ON_ONE_MEMBER
                ? text.get("irf.robust.verdict-line.depends", verdict(p), changedBy(p)) : verdict(p);
    }

    /** "A slår B 3–1" or "A og B står likt 2–2". */
    public String duel(Robustness.Duel d) {
        return text.get(d.margin() == 0 ? "irf.robust.ties" : "irf.robust.beats", title.apply(d.first()),
                title.apply(d.second()), s(d.forFirst()), s(d.forSecond()));
    }

    /** A neighbouring pair of the consensus order, the upper one first: how it is decided. */
    public String margin(Robustness.Duel d) {
        String key = d.margin() > 0 ? "irf.robust.margin.win" : d.margin() == 0 ? "irf.robust.margin.tie" : "irf.robust.margin.against";
        return text.get(key, title.apply(d.first()), title.apply(d.second()), s(d.forFirst()), s(d.forSecond()),
                s(Math.abs(d.margin())));
    }

    /** "Syklus: A slår B 3–1, B slår C 3–1, C slår A 2–1." */
    public String cycle(List<Robustness.Duel> round) {
        return text.get("irf.robust.cycle", round.stream().map(this::duel).collect(Collectors.joining(", ")));
    }

    public String kemeny(boolean proven) {
        return text.get(proven ? "irf.robust.kemeny-proven" : "irf.robust.kemeny-not-proven");
    }

    private static String s(int value) {
        return String.valueOf(value);
    }
}
