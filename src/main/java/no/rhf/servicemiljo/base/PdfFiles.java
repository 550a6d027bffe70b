package no.rhf.servicemiljo.base;

/** Checks that an uploaded file is a PDF of an acceptable size, by its first bytes ({@code %PDF-}), not by its name. */
public final class PdfFiles {

    private PdfFiles() {
    }

    /**
     * @throws FieldValidationException on {@code field}: {@code sizeKey} (argument: the limit in MB) when empty
     *                                  or too large, {@code typeKey} when it is not a PDF
     */
    public static void require(String field, byte[] content, int maxBytes, String sizeKey, String typeKey) {
        if (content == null || content.length == 0 || content.length > maxBytes) {
            throw new FieldValidationException(field, sizeKey, maxBytes / (1024 * 1024));
        }
        if (content.length < 5 || content[0] != '%' || content[1] != 'P' || content[2] != 'D' || content[3] != 'F' || content[4] != '-') {
            throw new FieldValidationException(field, typeKey);
        }
    }

    /** A safe file name to show and to offer for download: no path, at most 200 characters, ending in .pdf. */
    public static String name(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
