package no.rhf.servicemiljo.security;

/**
 * CSV injection: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a
 * formula. Every exported cell goes through {@link #neutralise}, which puts an apostrophe in front (shown by
 * spreadsheets as text, not run); the import removes exactly that apostrophe again with {@link #restore}.
 */
public final class CsvSafety {

    private CsvSafety() {
    }

    public static boolean isFormulaLike(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public static String neutralise(String cell) {
        return isFormulaLike(cell) ? "'" + cell : cell;
    }

    /** Whether a cell read from a file is one {@link #neutralise} wrote. */
    public static boolean isNeutralised(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && isFormulaLike(cell.substring(1));
    }

    public static String restore(String cell) {
        return isNeutralised(cell) ? cell.substring(1) : cell;
    }
}
