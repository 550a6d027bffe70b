package no.rhf.servicemiljo.assessment;

/**
 * When the reference group's approvals make an assessment "approved"; chosen per reporting cycle.
 * Only current members with a user account can approve, so they are the ones counted.
 */
public enum ApprovalRule {
    /** The chair and more than half of the members (the default). */
    CHAIR_AND_MAJORITY,
    /** More than half of the members. */
    MAJORITY,
    /** The chair alone. */
    CHAIR,
    /** Every member. */
    ALL;

    public boolean isMet(boolean chairApproved, int approvals, int members) {
        boolean majority = approvals * 2 > members;
        return switch (this) {
            case CHAIR_AND_MAJORITY -> chairApproved && majority;
            case MAJORITY -> majority;
            case CHAIR -> chairApproved;
            case ALL -> members > 0 && approvals >= members;
        };
    }
}
