package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import java.util.List;

/**
 * The warning before an empty ballot is submitted. A ballot that ranks nothing is refused by the service
 * (<em>ranger minst én søknad</em>), so the member is told why before anything is sent and goes back to the
 * ballot. A ballot that puts every application the member assesses in one tie would count for nothing; it may be
 * submitted, but only after a confirmation.
 */
final class EmptyBallotCheck {

    private EmptyBallotCheck() {
    }

    /**
     * Submits at once, or after the member confirms, or not at all (an empty ballot).
     *
     * @param tiers      the ballot as the service takes it
     * @param unassessed applications neither ranked nor declared a conflict on (unranked ones)
     * @return the dialog opened, or null if {@code submit} ran at once
     */
    static ConfirmDialog submit(List<List<Long>> tiers, int unassessed, Runnable submit) {
        if (tiers.isEmpty()) {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("irf-empty-ballot");
            dialog.setHeader(dialog.getTranslation("irf.ballot.empty.title"));
            dialog.setText(dialog.getTranslation("irf.ballot.empty.text"));
            dialog.setConfirmText(dialog.getTranslation("irf.ballot.empty.back"));
            dialog.open();
            return dialog;
        }
        if (tiers.size() == 1 && tiers.getFirst().size() > 1 && unassessed == 0) {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("irf-no-preference");
            dialog.setHeader(dialog.getTranslation("irf.ballot.no-preference.title"));
            dialog.setText(dialog.getTranslation("irf.ballot.no-preference.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(dialog.getTranslation("irf.ballot.no-preference.cancel"));
            dialog.setConfirmText(dialog.getTranslation("irf.ballot.no-preference.confirm"));
            dialog.addConfirmListener(e -> submit.run());
            dialog.open();
            return dialog;
        }
        submit.run();
        return null;
    }
}
