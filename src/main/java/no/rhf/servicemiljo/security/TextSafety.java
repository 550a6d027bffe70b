package no.rhf.servicemiljo.security;

import no.rhf.servicemiljo.base.FieldValidationException;

/**
 * Text PostgreSQL cannot store: the NUL character (refused in {@code text}/{@code varchar}) and unpaired UTF-16
 * surrogates (no valid UTF-8). Typed or pasted text is cleaned of them before it reaches the database, so a
 * pasted NUL never ends on the generic error page.
 */
public final class TextSafety {

    private TextSafety() {
    }

    /**
     * For features that write with SQL of their own (no entity, so no {@link StorableTextConverter}): a message at the
     * field for text PostgreSQL cannot store ({@code text.error.unstorable}) or longer than its column
     * ({@code text.error.too-long}; {@code maxLength} 0: no limit).
     */
    public static void requireStorable(String field, String text, int maxLength) {
        if (text == null) {
            return;
        }
        if (!isStorable(text)) {
            throw new FieldValidationException(field, "text.error.unstorable");
        }
        if (maxLength > 0 && text.strip().length() > maxLength) {
            throw new FieldValidationException(field, "text.error.too-long", maxLength);
        }
    }

    public static boolean isStorable(String text) {
        return text == null || clean(text).equals(text);
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean bad;
            if (c == '\u0000') {
                bad = true;
            } else if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            } else if (!bad && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
