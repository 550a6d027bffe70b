package no.rhf.servicemiljo.security;


/**
 * Finds or creates the account of a user who signed in through single sign-on (implemented by the user feature,
 * so that security does not depend on it).
 */
public interface SsoAccountDirectory {

    /**
     * @throws InactiveAccountException when the account exists but ADMIN has deactivated it
     */
    AppUserPrincipal signIn(SsoIdentity identity);

    class InactiveAccountException extends RuntimeException {
        public InactiveAccountException() {
            super("The account is deactivated");
        }
    }
}
