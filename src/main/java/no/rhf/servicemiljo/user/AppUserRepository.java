package no.rhf.servicemiljo.user;

import no.rhf.servicemiljo.security.Role;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where lower(u.username) = lower(?1)")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    Optional<AppUser> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

    boolean existsByUsernameIgnoreCase(String username);

    List<AppUser> findByActiveTrueOrderByFullName();

    @EntityGraph(attributePaths = "region")
    List<AppUser> findByRoleAndActiveTrueOrderByFullName(Role role);
}
