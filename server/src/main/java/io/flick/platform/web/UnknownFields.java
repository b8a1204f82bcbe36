package io.flick.platform.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Request bodies may name only fields the API knows. Rather than failing at the first stranger, the
 * whole body is read and every unknown field is named in one 400 ({@code displayName:unknown},
 * {@code video_metadata.depth:unknown}), so a client fixes them all at once. The fields are collected
 * per request thread between the start and the end of reading a {@code @RequestBody}.
 */
@ControllerAdvice
class UnknownFields extends RequestBodyAdviceAdapter {

    private static final ThreadLocal<List<String>> FOUND = new ThreadLocal<>();

    /** The mapper's handler: notes the field and skips its value, while a body is being read. */
    static final DeserializationProblemHandler COLLECTOR = new DeserializationProblemHandler() {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             ValueDeserializer<?> deserializer, Object beanOrClass, String property) {
            List<String> found = FOUND.get();
            if (found == null) {
                return false; // not a request body: fail as the mapper is configured to
            }
            found.add(path(context, property));
            parser.skipChildren();
            return true;
        }
    };

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converter) throws IOException {
        FOUND.set(new ArrayList<>());
        return input;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converter) {
        List<String> found = FOUND.get();
        FOUND.remove();
        if (found != null && !found.isEmpty()) {
            throw new FlickException(Problem.VALIDATION_FAILED, "The request has fields this address does not know.",
                    found.stream().map(field -> new FieldError(field, "unknown", "is not a field of this request")).toList());
        }
        return body;
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                  Class<? extends HttpMessageConverter<?>> converter) {
        FOUND.remove();
        return body;
    }

    /**
     * {@code video_metadata.depth}, {@code items[2].name}: where the field is, as the API names fields.
     * The path is read from the request's own parser, never from the parser the field came through:
     * fields met before a record's creator had all its arguments are buffered and replayed from a token
     * buffer whose contexts copy whatever the request's parser stood in when buffering began (the field's
     * own array or object, under a field name that has moved on since), so they cannot be trusted.
     */
    private static String path(DeserializationContext context, String property) {
        JsonParser source = context.getParser();
        TokenStreamContext here = source.streamReadContext();
        // The holder is the object the field belongs to; the path is the names above it. The request's
        // parser stands inside the holder (on a field name or a plain value), inside the field's value
        // (when that is an object or an array, before it is skipped), or just past the holder's end.
        TokenStreamContext above = switch (source.currentToken()) {
            case START_OBJECT, START_ARRAY -> here.getParent().getParent();
            case END_OBJECT -> here;
            default -> here.getParent();
        };
        Deque<String> parts = new ArrayDeque<>();
        parts.push(property);
        for (TokenStreamContext holder = above; holder != null && !holder.inRoot(); holder = holder.getParent()) {
            parts.push(holder.inArray() ? "[" + holder.getCurrentIndex() + "]" : holder.currentName());
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (!path.isEmpty() && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }
}
