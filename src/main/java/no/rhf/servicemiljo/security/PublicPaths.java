package no.rhf.servicemiljo.security;

import java.util.List;

/**
 * Paths a feature serves without a login, because it checks access itself (for example a calendar
 * feed whose URL carries a secret token). A feature declares a bean; the security configuration
 * lets these paths through and keeps everything else behind login.
 */
public interface PublicPaths {

    /** Ant-style patterns, for example {@code /calendar-feed/**}. */
    List<String> patterns();
}
