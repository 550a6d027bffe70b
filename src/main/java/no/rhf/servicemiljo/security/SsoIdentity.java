package no.rhf.servicemiljo.security;


/**
 * What a provider said about a user who signed in (issuer and subject identify them), with the role and region
 * (code HSO, HV, HMN or HN, or null) the configured group mapping gives.
 */
public record SsoIdentity(String issuer, String subject, String preferredUsername, String fullName, String email,
                          Role role, String regionCode) {
}
