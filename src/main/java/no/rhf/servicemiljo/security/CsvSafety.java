package no.rhf.servicemiljo.security;

/**
 * CSV injection: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a
 * formula. Every exported cell goes through {@link #neutralise}, which puts an apostrophe in front (shown by
 * spreadsheets as text, not run); the import removes exactly that apostrophe again with {@link #restore}.
 */
public final class CsvSafety {

    private CsvSafety() {
    }

    /** One CSV record with every text cell neutralised (numbers and dates are left as they are). */
    public static Object[] row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] instanceof CharSequence text ? neutralise(text.toString()) : cells[i];
        }
        return safe;
    }

    public static Object[] row(java.util.List<?> cells) {
        return row(cells.toArray());
    }

    /** Neutralises every cell of a whole CSV text (for example a stored snapshot written before this was done). */
    public static String neutraliseAll(String csv, org.apache.commons.csv.CSVFormat format) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (var parser = org.apache.commons.csv.CSVParser.parse(new java.io.StringReader(csv), format);
             var printer = new org.apache.commons.csv.CSVPrinter(out, format)) {
            for (var record : parser) {
                printer.printRecord(row(record.toList()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
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
