package be.hestia.common;

import java.util.Arrays;
import java.util.List;

/**
 * A text for the caller, by key in {@code messages/problems_<language>.properties} with its
 * arguments ({@code {0}}, {@code {1}}...). It is resolved in the caller's language only when the
 * answer is written, so that it can be built anywhere (even in a static table). An argument that is
 * itself a {@code Message} is resolved too (e.g. a status word).
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }
}
