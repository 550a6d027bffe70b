package no.rhf.servicemiljo.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSafetyTest {

    @Test
    void nulAndUnpairedSurrogatesAreRemovedEverythingElseKept() {
        assertEquals("abc", TextSafety.clean("a\u0000b\u0000c"));
        assertEquals("ab", TextSafety.clean("a\uD800b"));
        assertEquals("ab", TextSafety.clean("a\uDC00b"));
        assertEquals("æøå 😀 \t\n", TextSafety.clean("æøå 😀 \t\n"));
        assertFalse(TextSafety.isStorable("x\u0000"));
        assertTrue(TextSafety.isStorable("Helse Førde"));
    }
}
