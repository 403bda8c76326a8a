package be.hestia.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import be.hestia.testsupport.Contract;
import be.hestia.testsupport.OperationFixtures.Call;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Spoils a valid call of an operation in every way its contract forbids, and in a few it never imagined.
 *
 * <p>A {@link BadInput#forbidden() forbidden} input must answer 4xx; any other must at least not answer 5xx.
 * Either way a 4xx is a problem document and changes nothing.
 */
final class BadInputs {

    /** Longer than any text Hestia takes, and than PostgreSQL's index rows (8 kB). */
    private static final String HUGE = "x".repeat(100_000);
    /** Escapes non-ASCII, so that a lone surrogate reaches Hestia as JSON's \\ud800 (raw, UTF-8 cannot carry it). */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** Marks a property to leave out of the body. */
    private static final Object ABSENT = new Object();

    private BadInputs() {
    }

    record BadInput(String name, Call call, boolean forbidden) {
    }

    static List<BadInput> of(Contract.Operation op, Call valid) {
        List<BadInput> inputs = new ArrayList<>();
        for (Parameter parameter : op.parameters()) {
            parameter(inputs, valid, parameter);
        }
        if ("application/json".equals(op.bodyMediaType())) {
            jsonBody(inputs, op, valid);
        } else if (op.bodyMediaType() != null) {
            rawBody(inputs, valid);
        } else {
            inputs.add(new BadInput("a JSON body where none is expected", valid.json(Map.of("x", 1)), false));
        }
        inputs.add(new BadInput("Accept: application/xml", valid.header("Accept", "application/xml"), false));
        return inputs;
    }

    private static void parameter(List<BadInput> inputs, Call valid, Parameter parameter) {
        String name = parameter.getName();
        String where = parameter.getIn() + " " + name;
        Schema<?> schema = parameter.getSchema();
        List<Object> values = new ArrayList<>();
        List<Object> unimagined = new ArrayList<>();
        switch (String.valueOf(schema.getType())) {
            case "integer" -> {
                values.add("abc");
                values.add("99999999999999999999");
                if (schema.getMinimum() != null) {
                    values.add(schema.getMinimum().subtract(BigDecimal.ONE).toBigInteger());
                }
                if (schema.getMaximum() != null) {
                    values.add(schema.getMaximum().add(BigDecimal.ONE).toBigInteger());
                }
            }
            case "boolean" -> unimagined.add("maybe");
            default -> values.addAll(badStrings(schema, parameter.getIn()));
        }
        for (Object value : values) {
            inputs.add(new BadInput(where + " = " + shown(value), set(valid, parameter, String.valueOf(value)), true));
        }
        for (Object value : unimagined) {
            inputs.add(new BadInput(where + " = " + shown(value), set(valid, parameter, String.valueOf(value)), false));
        }
        if (Boolean.TRUE.equals(parameter.getRequired()) && !"path".equals(parameter.getIn())) {
            Call without = "header".equals(parameter.getIn()) ? valid.withoutHeader(name) : withoutQuery(valid, name);
            inputs.add(new BadInput("without " + where, without, true));
        }
        if ("If-Match".equals(name)) {
            inputs.add(new BadInput("header If-Match = garbage", valid.header(name, "garbage"), true));
            inputs.add(new BadInput("header If-Match = \"-1\"", valid.header(name, "\"-1\""), true));
            inputs.add(new BadInput("header If-Match = \"99999999999999999999\"",
                    valid.header(name, "\"99999999999999999999\""), true));
            inputs.add(new BadInput("header If-Match = weak", valid.header(name, "W/\"0\""), false));
        }
    }

    /**
     * Strings the schema forbids, or Hestia (control characters, broken UTF-16), fit for {@code channel} ("body",
     * "query", "path" or "header"): HTTP itself refuses control characters in a header and a megabyte in a URL or
     * header, before Hestia is asked.
     */
    private static List<Object> badStrings(Schema<?> schema, String channel) {
        boolean inBody = channel.equals("body");
        List<Object> values = new ArrayList<>();
        String format = schema.getFormat();
        if (schema.getEnum() != null) {
            values.add("no-such-value");
        } else if ("uuid".equals(format)) {
            values.add("not-a-uuid");
            values.add("' or 1=1 --");
        } else if ("date".equals(format)) {
            values.add("2026-02-30");
            values.add("yesterday");
        } else if ("date-time".equals(format)) {
            values.add("2026-11-20T10:00:00");
            values.add("2026-13-45T99:00:00Z");
        } else {
            if (schema.getMaxLength() != null) {
                values.add("x".repeat(schema.getMaxLength() + 1));
                if (inBody) {
                    values.add(HUGE);
                }
            }
            if (!channel.equals("header")) {
                values.add("a\u0000b");
                values.add("a\u001bb");
            }
            if (inBody) {
                values.add("a\ud800b");
            }
        }
        return values;
    }

    private static void jsonBody(List<BadInput> inputs, Contract.Operation op, Call valid) {
        String type = "application/json";
        inputs.add(new BadInput("malformed JSON", valid.body(type, "{\"a\": "), true));
        inputs.add(new BadInput("an empty body", valid.body(type, ""), true));
        inputs.add(new BadInput("JSON null", valid.body(type, "null"), true));
        inputs.add(new BadInput("a JSON array", valid.body(type, "[]"), true));
        inputs.add(new BadInput("a JSON string", valid.body(type, "\"text\""), true));
        // Just deeper than Jackson's nesting limit (1000), which keeps a deep document from exhausting the stack.
        inputs.add(new BadInput("JSON nested 1001 deep", valid.body(type, "[".repeat(1_001)), true));
        inputs.add(new BadInput("valid JSON as text/plain", valid.body("text/plain", json(valid.body())), true));
        inputs.add(new BadInput("an unknown field", spoil(valid, List.of("zzUnknown"), 1), true));
        properties(inputs, valid, List.of(), op.bodySchema());
    }

    /** Every property of {@code schema} (and of the first item of an array of objects), one spoil at a time. */
    @SuppressWarnings("unchecked")
    private static void properties(List<BadInput> inputs, Call valid, List<Object> at, Schema<?> schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            List<Object> path = new ArrayList<>(at);
            path.add(property.getKey());
            Schema<?> p = property.getValue();
            String field = path.toString();
            if (required.contains(property.getKey())) {
                inputs.add(new BadInput("body without " + field, spoil(valid, path, ABSENT), true));
                inputs.add(new BadInput("body " + field + " = null", spoil(valid, path, null), true));
            }
            List<Object> values = new ArrayList<>();
            switch (String.valueOf(p.getType())) {
                case "integer" -> {
                    values.add("abc");
                    values.add(new BigDecimal("1e400"));
                    values.add(new java.math.BigInteger("99999999999999999999"));
                    if (p.getMinimum() != null) {
                        values.add(p.getMinimum().subtract(BigDecimal.ONE).toBigInteger());
                    }
                    if (p.getMaximum() != null) {
                        values.add(p.getMaximum().add(BigDecimal.ONE).toBigInteger());
                    }
                }
                case "boolean" -> values.add("maybe");
                case "array" -> {
                    values.add(Map.of());
                    if (p.getMinItems() != null && p.getMinItems() > 0) {
                        values.add(List.of());
                    }
                    Object first = firstItem(valid.body(), path);
                    if (p.getMaxItems() != null && first != null) {
                        List<Object> tooMany = java.util.Collections.nCopies(p.getMaxItems() + 1, first);
                        // Copies of one item: a set of unique items may read them as one, which is no harm.
                        inputs.add(new BadInput("body " + field + " = " + (p.getMaxItems() + 1) + " items",
                                spoil(valid, path, tooMany), !Boolean.TRUE.equals(p.getUniqueItems())));
                    }
                    Schema<?> items = p.getItems();
                    if (items != null && items.getProperties() != null && first != null) {
                        List<Object> item = new ArrayList<>(path);
                        item.add(0);
                        properties(inputs, valid, item, items);
                    } else if (items != null && first != null) {
                        for (Object bad : badStrings(items, "body")) {
                            values.add(List.of(bad));
                        }
                    }
                }
                case "object" -> values.add(42);
                default -> {
                    values.add(Map.of("x", 1));
                    values.addAll(badStrings(p, "body"));
                }
            }
            for (Object value : values) {
                inputs.add(new BadInput("body " + field + " = " + shown(value), spoil(valid, path, value), true));
            }
        }
    }

    private static void rawBody(List<BadInput> inputs, Call valid) {
        inputs.add(new BadInput("as application/json", valid.body("application/json", "{}"), true));
        inputs.add(new BadInput("an empty body", valid.body(valid.contentType(), new byte[0]), false));
        if (valid.body() instanceof String text) {
            inputs.add(new BadInput("a NUL byte in the text", valid.body(valid.contentType(),
                    text.replace("Anna", "An\u0000na")), false));
            inputs.add(new BadInput("a huge text", valid.body(valid.contentType(), text + HUGE), false));
        }
    }

    private static Call set(Call valid, Parameter parameter, String value) {
        return switch (parameter.getIn()) {
            case "path" -> valid.path(parameter.getName(), value);
            case "header" -> valid.header(parameter.getName(), value);
            default -> valid.query(parameter.getName(), value);
        };
    }

    private static Call withoutQuery(Call valid, String name) {
        Map<String, Object> query = new LinkedHashMap<>(valid.query());
        query.remove(name);
        return new Call(valid.user(), valid.pathParams(), query, valid.headers(), valid.contentType(), valid.body());
    }

    /** The valid body with the value at {@code path} replaced (or removed), as JSON text. */
    @SuppressWarnings("unchecked")
    private static Call spoil(Call valid, List<Object> path, Object value) {
        Object body = JSON.convertValue(valid.body(), Object.class); // a deep, mutable copy
        Object parent = body;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = path.get(i) instanceof Integer index ? ((List<Object>) parent).get(index)
                    : ((Map<String, Object>) parent).get(path.get(i));
        }
        Map<String, Object> object = (Map<String, Object>) parent;
        String key = (String) path.get(path.size() - 1);
        if (value == ABSENT) {
            object.remove(key);
        } else {
            object.put(key, value);
        }
        return valid.body("application/json", json(body));
    }

    @SuppressWarnings("unchecked")
    private static Object firstItem(Object body, List<Object> path) {
        Object node = JSON.convertValue(body, Object.class);
        for (Object step : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(step);
        }
        return node instanceof List<?> list && !list.isEmpty() ? list.get(0) : null;
    }

    private static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 40) {
            text = text.substring(0, 20) + "…(" + text.length() + " chars)";
        }
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 0x20 || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return escaped.toString();
    }
}
