package io.flick.support;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The server's OpenAPI document, read as a contract: finds the schema an operation declares for a
 * status and media type, and checks a JSON value against it.
 *
 * <p>The checker covers the part of OpenAPI 3.1 (JSON Schema 2020-12) that the document uses:
 * {@code $ref} to a component, {@code type} (one or a list, {@code integer} for whole numbers),
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code items}, {@code enum} and
 * {@code format: date-time}. It is stricter than JSON Schema in one way, on purpose: an object may
 * carry only the properties its schema names (unless it declares {@code additionalProperties}),
 * because a field the document does not name — or names differently, {@code displayName} for
 * {@code display_name} — is a field a generated client cannot read. It is laxer in one: a property
 * that is not {@code required} may be {@code null}, since the document does not mark nullability yet.
 */
public final class OpenApiDocument {

    private final JsonNode document;

    public OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    public JsonNode json() {
        return document;
    }

    /** The document's path template that a concrete path is an instance of (literal segments win over variables). */
    public Optional<String> template(String path) {
        String bare = path.replaceFirst("[?#].*", "");
        List<String> matches = new ArrayList<>();
        document.path("paths").propertyNames().forEach(template -> {
            if (Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")).matcher(bare).matches()) {
                matches.add(template);
            }
        });
        return matches.stream().min(Comparator.comparingLong(template -> template.chars().filter(c -> c == '{').count()));
    }

    public JsonNode operation(String method, String template) {
        return document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
    }

    /**
     * The schema of a response: the status's own entry, else {@code default}; for the media type given,
     * else for {@code *}{@code /*}, which OpenAPI lets stand for any.
     */
    public Optional<JsonNode> responseSchema(String method, String template, int status, String mediaType) {
        JsonNode responses = operation(method, template).path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.path(Integer.toString(status)) : responses.path("default");
        JsonNode content = response.path("content");
        JsonNode schema = (content.has(mediaType) ? content.path(mediaType) : content.path("*/*")).path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    public Optional<JsonNode> requestSchema(String method, String template) {
        JsonNode schema = operation(method, template).path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    /** A component schema with its {@code $ref} followed. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            current = document.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("dangling reference " + ref);
            }
        }
        return current;
    }

    /** Every way {@code value} departs from {@code schema}, each named by its JSON path ({@code $.videos[0].user.user_id}). */
    public List<String> violations(JsonNode value, JsonNode schema) {
        List<String> found = new ArrayList<>();
        check("$", value, schema, found);
        return found;
    }

    private void check(String at, JsonNode value, JsonNode schema, List<String> found) {
        JsonNode resolved = resolve(schema);
        List<String> types = types(resolved);
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null")) {
                found.add(at + ": null where the document says " + types);
            }
            return;
        }
        if (!types.isEmpty() && types.stream().noneMatch(type -> is(value, type))) {
            found.add(at + ": " + kind(value) + " where the document says " + types);
            return;
        }
        if (resolved.has("enum") && resolved.path("enum").valueStream().noneMatch(value::equals)) {
            found.add(at + ": " + value + " is none of " + resolved.path("enum"));
        }
        if ("date-time".equals(resolved.path("format").asString(null)) && value.isString()) {
            try {
                OffsetDateTime.parse(value.asString());
            } catch (DateTimeParseException e) {
                found.add(at + ": " + value + " is not a date-time");
            }
        }
        if (value.isObject()) {
            checkObject(at, value, resolved, found);
        } else if (value.isArray() && resolved.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(at + "[" + i + "]", value.get(i), resolved.path("items"), found);
            }
        }
    }

    private void checkObject(String at, JsonNode value, JsonNode schema, List<String> found) {
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        schema.path("required").forEach(name -> {
            if (!value.has(name.asString())) {
                found.add(at + ": required property '" + name.asString() + "' is missing");
            }
        });
        value.properties().forEach(entry -> {
            String path = at + "." + entry.getKey();
            if (properties.has(entry.getKey())) {
                JsonNode property = properties.path(entry.getKey());
                boolean required = schema.path("required").valueStream().anyMatch(name -> name.asString().equals(entry.getKey()));
                if (!(entry.getValue().isNull() && !required)) {
                    check(path, entry.getValue(), property, found);
                }
            } else if (additional.isObject()) {
                check(path, entry.getValue(), additional, found);
            } else if (!additional.asBoolean(false)) {
                found.add(path + ": not in the document (it names " + properties.propertyNames() + ")");
            }
        });
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        } else if (schema.has("properties")) {
            types.add("object");
        }
        return types;
    }

    private static boolean is(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
            case "number" -> value.isNumber();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value;
    }
}
