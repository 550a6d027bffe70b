package no.rhf.servicemiljo.base.audit;

import no.rhf.servicemiljo.base.SignedInUser;
import org.hibernate.envers.RevisionListener;

/** Credits every audited change to the signed-in user ("system" for jobs and demo data). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(SignedInUser.current().map(SignedInUser::username).orElse("system"));
    }
}
