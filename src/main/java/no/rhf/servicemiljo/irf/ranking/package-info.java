/**
 * Preference aggregation for the interregional meeting of medical directors (IRF).
 *
 * <p>Each member submits a {@link no.rhf.servicemiljo.irf.ranking.Ballot}: ordered tiers of
 * application ids (ties allowed inside a tier). The package turns a set of ballots into a
 * consensus with four {@link no.rhf.servicemiljo.irf.ranking.AggregationMethod methods} that are
 * shown side by side ({@link no.rhf.servicemiljo.irf.ranking.RankingAggregator}), because no
 * single voting rule is best in every respect: Schulze (the default) is Condorcet-consistent and
 * clone-proof, Borda is easy to explain, Kemeny–Young maximises agreement with the pairwise
 * majorities, and the median rank is robust against one extreme ballot.
 *
 * <p>The stated rules that affect every method live as text constants so the UI can show them:
 * {@link no.rhf.servicemiljo.irf.ranking.Ballot#UNRANKED_RULE},
 * {@link no.rhf.servicemiljo.irf.ranking.Ballot#EXCLUSION_RULE} and
 * {@link no.rhf.servicemiljo.irf.ranking.TieBreak#RULE}. All messages are English; warnings carry
 * a {@link no.rhf.servicemiljo.irf.ranking.Warning.Code code} so the UI can translate them.
 *
 * <p>{@link no.rhf.servicemiljo.irf.ranking.Robustness} tells how firm a result is (leave one member out, margins,
 * cycles, a verdict per position); {@link no.rhf.servicemiljo.irf.ranking.KemenyYoung} is proven optimal at the real
 * size by an exact search described in {@code KemenyExact}.
 *
 * <p>Pure Java without framework dependencies; every class is immutable or stateless and therefore
 * thread-safe.
 */
package no.rhf.servicemiljo.irf.ranking;
