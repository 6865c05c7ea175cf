package io.kaola.gateway.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.stream.Collectors;

/**
 * The JSON converter, except that an unreadable body is reported without quoting it. Jackson's messages
 * quote the offending text ("Unrecognized token '11010519491231002X'", "Cannot deserialize ... from String
 * \"...\""), and Spring puts them in the exception that it logs at DEBUG and TRACE; a request body may carry a
 * resident identity number, which must never be printed. The replacement message names only the line and
 * column, or the field path ("lines[0].quantity"), and drops the cause.
 */
public class RedactingJsonConverter extends MappingJackson2HttpMessageConverter {

    public RedactingJsonConverter(ObjectMapper objectMapper) { super(objectMapper); }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage) throws IOException {
        try {
            return super.read(type, contextClass, inputMessage);
        } catch (HttpMessageNotReadableException e) {
            throw redacted(e, inputMessage);
        }
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
        try {
            return super.readInternal(clazz, inputMessage);
        } catch (HttpMessageNotReadableException e) {
            throw redacted(e, inputMessage);
        }
    }

    private static UnreadableJson redacted(HttpMessageNotReadableException e, HttpInputMessage inputMessage) {
        return e instanceof UnreadableJson already ? already : new UnreadableJson(describe(e.getCause()), inputMessage);
    }

    /** @return where the body went wrong, never what it said */
    static String describe(Throwable cause) {
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "the JSON body's " + mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "") + " has the wrong type or format";
        }
        if (cause instanceof JsonProcessingException parsing && parsing.getLocation() != null) {
            JsonLocation at = parsing.getLocation();
            return "the body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return "the body is not valid JSON";
    }

    /** An unreadable JSON body; its message says where, never what. */
    public static class UnreadableJson extends HttpMessageNotReadableException {
        UnreadableJson(String message, HttpInputMessage inputMessage) { super(message, inputMessage); }
    }
}
