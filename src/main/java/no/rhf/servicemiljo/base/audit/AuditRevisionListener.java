package no.rhf.servicemiljo.base.audit;

import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

/** Credits every audited change to the signed-in user ("system" for jobs and demo data). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(CurrentUser.get().map(AppUserPrincipal::username).orElse("system"));
    }
}
