package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unit list's free-text search never hands PostgreSQL a NUL: it is dropped, and the search finds the same units. */
class UnitSearchTextTest extends ServiceTest {

    @Autowired
    UnitService units;

    @Test
    void aNulInTheSearchIsDropped() {
        signIn(TestUsers.OBSERVER);
        var plain = units.search(new UnitFilter(null, null, null, "brannskade"), PageRequest.of(0, 50));
        var withNul = assertDoesNotThrow(() -> units.search(new UnitFilter(null, null, null, "brann\u0000skade"), PageRequest.of(0, 50)));
        assertEquals(plain.size(), withNul.size());
        assertTrue(!plain.isEmpty(), "the search finds the burns unit");
    }
}
