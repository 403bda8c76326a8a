package be.hestia.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The texts of problems and violations in French, Dutch and English, from
 * {@code messages/problems_<language>.properties}. The caller's language is the best match of
 * {@code Accept-Language} among them; English when nothing matches or the header is absent (API
 * clients), as Hibernate Validator does with {@code quarkus.default-locale}.
 */
@ApplicationScoped
public class ProblemTexts {

    public static final List<String> LANGUAGES = List.of("en", "fr", "nl");
    static final String DEFAULT_LANGUAGE = "en";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Map<String, Map<String, String>> TEXTS = LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(language -> language, ProblemTexts::load));

    private final Instance<HttpServerRequest> request;

    public ProblemTexts(Instance<HttpServerRequest> request) {
        this.request = request;
    }

    /** The language of the current request's caller, or English outside a request. */
    public String language() {
        if (!Arc.container().requestContext().isActive() || !request.isResolvable()) {
            return DEFAULT_LANGUAGE;
        }
        try {
            return languageOf(request.get().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (RuntimeException e) {
            // A request context without an HTTP request (a job): no caller to speak to.
            return DEFAULT_LANGUAGE;
        }
    }

    /** The message in the current caller's language. */
    public String text(Message message) {
        return text(language(), message);
    }

    /** The best of fr, nl, en for an {@code Accept-Language} header; English when none matches. */
    static String languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        try {
            String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return match == null ? DEFAULT_LANGUAGE : match;
        } catch (IllegalArgumentException e) {
            return DEFAULT_LANGUAGE;
        }
    }

    /**
     * The message in {@code language}. A key missing from a bundle shows as the key itself (a test
     * keeps the bundles complete); placeholders are replaced literally, so apostrophes need no escaping.
     */
    public static String text(String language, Message message) {
        String text = TEXTS.getOrDefault(language, TEXTS.get(DEFAULT_LANGUAGE)).getOrDefault(message.key(),
                message.key());
        // One pass, so that an argument (a field name, a cell of an imported file) is never read as a placeholder.
        return PLACEHOLDER.matcher(text).replaceAll(found -> {
            int index = Integer.parseInt(found.group(1));
            if (index >= message.args().size()) {
                return Matcher.quoteReplacement(found.group());
            }
            Object arg = message.args().get(index);
            return Matcher.quoteReplacement(arg instanceof Message nested ? text(language, nested) : String.valueOf(arg));
        });
    }

    /** Every key of a language's bundle, for the tests that keep the bundles complete. */
    public static Set<String> keys(String language) {
        return TEXTS.get(language).keySet();
    }

    private static Map<String, String> load(String language) {
        String name = "messages/problems_" + language + ".properties";
        try (var in = ProblemTexts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties.stringPropertyNames().stream()
                    .collect(Collectors.toUnmodifiableMap(key -> key, properties::getProperty));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
