package no.rhf.servicemiljo.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Applied to every String attribute of every entity: drops what PostgreSQL cannot store (NUL, unpaired surrogates;
 * see {@link TextSafety}) on the way in, so that a pasted NUL in any form is cleaned instead of ending on the
 * generic error page. Reading is unchanged.
 */
@Converter(autoApply = true)
public class StorableTextConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return TextSafety.clean(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData;
    }
}
