package no.rhf.servicemiljo.base.coedit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One edit of a text, as operational transformation sees it: a walk over the whole old text that keeps
 * ({@code retain n}), inserts ({@code insert s}) or removes ({@code delete n}) characters (UTF-16 units,
 * as in the browser). Two edits made against the same text are {@link #transform transformed} so that
 * applying either after the other gives the same text, with every inserted character kept in place and a
 * removal taking away only what its author removed (two people deleting the same word delete it once,
 * never its neighbours). The browser runs the same algorithm ({@code coedit.js}); both must agree, which
 * {@code TextOperationTest} and the browser tests check.
 *
 * <p>The JSON form is ot.js's: an array of positive numbers (retain), strings (insert) and negative
 * numbers (delete).
 */
public final class TextOperation {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** retain n: n > 0; delete n: stored as -n; insert: a String. */
    private final List<Object> parts = new ArrayList<>();
    private int baseLength;
    private int targetLength;

    public int baseLength() {
        return baseLength;
    }

    public int targetLength() {
        return targetLength;
    }

    public boolean isNoop() {
        return parts.isEmpty() || parts.size() == 1 && parts.getFirst() instanceof Integer n && n > 0;
    }

    public TextOperation retain(int n) {
        if (n <= 0) {
            return this;
        }
        baseLength += n;
        targetLength += n;
        if (!parts.isEmpty() && parts.getLast() instanceof Integer last && last > 0) {
            parts.set(parts.size() - 1, last + n);
        } else {
            parts.add(n);
        }
        return this;
    }

    public TextOperation insert(String s) {
        if (s.isEmpty()) {
            return this;
        }
        targetLength += s.length();
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last) instanceof String previous) {
            parts.set(last, previous + s);
        } else if (last >= 0 && parts.get(last) instanceof Integer n && n < 0) {
            // Canonical form: an insert goes before a delete at the same place.
            if (last > 0 && parts.get(last - 1) instanceof String previous) {
                parts.set(last - 1, previous + s);
            } else {
                parts.add(last, s);
            }
        } else {
            parts.add(s);
        }
        return this;
    }

    public TextOperation delete(int n) {
        if (n <= 0) {
            return this;
        }
        baseLength += n;
        if (!parts.isEmpty() && parts.getLast() instanceof Integer last && last < 0) {
            parts.set(parts.size() - 1, last - n);
        } else {
            parts.add(-n);
        }
        return this;
    }

    public String apply(String text) {
        if (text.length() != baseLength) {
            throw new IllegalArgumentException("Edit for a text of " + baseLength + " characters applied to one of " + text.length());
        }
        StringBuilder out = new StringBuilder(targetLength);
        int at = 0;
        for (Object part : parts) {
            if (part instanceof String s) {
                out.append(s);
            } else if ((Integer) part > 0) {
                out.append(text, at, at + (Integer) part);
                at += (Integer) part;
            } else {
                at -= (Integer) part;
            }
        }
        return out.toString();
    }

    /** What the author of this edit added and took away, in document order, for the history. */
    public Effect effect(String before) {
        StringBuilder inserted = new StringBuilder();
        StringBuilder removed = new StringBuilder();
        int at = 0;
        int position = -1;
        for (Object part : parts) {
            if (part instanceof String s) {
                inserted.append(s);
                position = position < 0 ? at : position;
            } else if ((Integer) part > 0) {
                at += (Integer) part;
            } else {
                removed.append(before, at, at - (Integer) part);
                position = position < 0 ? at : position;
                at -= (Integer) part;
            }
        }
        return new Effect(inserted.toString(), removed.toString(), Math.max(position, 0));
    }

    /** Characters added and removed by one edit, and where (the first place it touched). */
    public record Effect(String inserted, String removed, int position) {
    }

    /** The pair (a', b') with b'∘a = a'∘b; on an insert at the same place, {@code a}'s goes first. */
    public static TextOperation[] transform(TextOperation a, TextOperation b) {
        if (a.baseLength != b.baseLength) {
            throw new IllegalArgumentException("Concurrent edits of texts of different lengths: " + a.baseLength + " and " + b.baseLength);
        }
        TextOperation aPrime = new TextOperation();
        TextOperation bPrime = new TextOperation();
        Walker ia = new Walker(a.parts);
        Walker ib = new Walker(b.parts);
        while (ia.current != null || ib.current != null) {
            if (ia.current instanceof String s) {
                aPrime.insert(s);
                bPrime.retain(s.length());
                ia.next();
            } else if (ib.current instanceof String s) {
                aPrime.retain(s.length());
                bPrime.insert(s);
                ib.next();
            } else if (ia.current == null || ib.current == null) {
                throw new IllegalArgumentException("Concurrent edits do not cover the same text");
            } else {
                int x = (Integer) ia.current;
                int y = (Integer) ib.current;
                int n = Math.min(Math.abs(x), Math.abs(y));
                if (x > 0 && y > 0) {
                    aPrime.retain(n);
                    bPrime.retain(n);
                } else if (x < 0 && y > 0) {
                    aPrime.delete(n);
                } else if (x > 0) {
                    bPrime.delete(n);
                } // both delete the same characters: they are gone once, in neither output
                ia.consume(n);
                ib.consume(n);
            }
        }
        return new TextOperation[]{aPrime, bPrime};
    }

    /** The single edit that does {@code a}, then {@code b}. */
    public static TextOperation compose(TextOperation a, TextOperation b) {
        if (a.targetLength != b.baseLength) {
            throw new IllegalArgumentException("Edits that do not follow each other: " + a.targetLength + " and " + b.baseLength);
        }
        TextOperation out = new TextOperation();
        Walker ia = new Walker(a.parts);
        Walker ib = new Walker(b.parts);
        while (ia.current != null || ib.current != null) {
            if (ia.current instanceof Integer x && x < 0) {
                out.delete(-x);
                ia.next();
            } else if (ib.current instanceof String s) {
                out.insert(s);
                ib.next();
            } else if (ia.current == null || ib.current == null) {
                throw new IllegalArgumentException("Edits that do not follow each other");
            } else {
                int y = (Integer) ib.current;
                int lengthA = ia.current instanceof String s ? s.length() : (Integer) ia.current;
                int n = Math.min(lengthA, Math.abs(y));
                if (ia.current instanceof String s) {
                    if (y > 0) {
                        out.insert(s.substring(0, n));
                    } // inserted by a, deleted by b: never there
                    if (n == s.length()) {
                        ia.next();
                    } else {
                        ia.current = s.substring(n);
                    }
                } else {
                    if (y > 0) {
                        out.retain(n);
                    } else {
                        out.delete(n);
                    }
                    ia.consume(n);
                }
                ib.consume(n);
            }
        }
        return out;
    }

    /** The edit that turns {@code before} into {@code after}: one changed region between their common prefix and suffix. */
    public static TextOperation diff(String before, String after) {
        return diff(before, after, -1);
    }

    /**
     * As {@link #diff(String, String)}; a caret position in {@code after} (or -1) places an insert that could be in
     * several places (typing "a" after "a") where it was typed, as the browser does.
     */
    public static TextOperation diff(String before, String after, int caret) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        if (caret >= 0 && after.length() > before.length()) {
            prefix = Math.min(prefix, Math.max(0, caret - (after.length() - before.length())));
        }
        int suffix = 0;
        while (suffix < max - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextOperation().retain(prefix)
                .insert(after.substring(prefix, after.length() - suffix))
                .delete(before.length() - prefix - suffix)
                .retain(suffix);
    }

    public String toJson() {
        ArrayNode array = JSON.createArrayNode();
        for (Object part : parts) {
            if (part instanceof String s) {
                array.add(s);
            } else {
                array.add((Integer) part);
            }
        }
        return JSON.writeValueAsString(array);
    }

    /** Reads the JSON form; anything else is refused with an {@link IllegalArgumentException}. */
    public static TextOperation fromJson(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an edit: " + e.getMessage());
        }
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("An edit is a JSON array");
        }
        TextOperation op = new TextOperation();
        for (JsonNode part : array) {
            if (part.isString()) {
                op.insert(part.asString());
            } else if (part.isInt() && part.asInt() > 0) {
                op.retain(part.asInt());
            } else if (part.isInt() && part.asInt() < 0) {
                op.delete(-part.asInt());
            } else {
                throw new IllegalArgumentException("Not a part of an edit: " + part);
            }
        }
        return op;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextOperation other && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** Walks the parts of an edit, splitting retains and deletes as the other edit needs. */
    private static final class Walker {
        private final List<Object> parts;
        private int index;
        private Object current;

        Walker(List<Object> parts) {
            this.parts = parts;
            this.current = parts.isEmpty() ? null : parts.getFirst();
        }

        void next() {
            index++;
            current = index < parts.size() ? parts.get(index) : null;
        }

        void consume(int n) {
            int value = (Integer) current;
            int rest = value > 0 ? value - n : value + n;
            if (rest == 0) {
                next();
            } else {
                current = rest;
            }
        }
    }
}
