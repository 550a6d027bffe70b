package no.rhf.servicemiljo.base;

import java.util.Arrays;

/**
 * A rule broken by input, reported for one field. The message is a message-bundle key so that
 * the UI can show it in the user's language at the field; nothing has been stored when it is thrown.
 */
public class FieldValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public FieldValidationException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
