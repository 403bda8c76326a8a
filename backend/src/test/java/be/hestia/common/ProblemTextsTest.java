package be.hestia.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import be.hestia.api.model.CaseFileStatus;
import be.hestia.api.model.ImportErrorCode;
import be.hestia.api.model.ProblemCode;

/**
 * The problem texts stay complete: every code of the contract's {@code ProblemCode} enum (the only
 * codes the backend can use: {@link ProblemException} takes the generated enum) has a title and a
 * detail in English, French and Dutch, and every text key the code names exists in all three.
 */
class ProblemTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Keys written literally at the call sites, by the shape of the call. */
    private static final List<KeyPattern> CALL_SITES = List.of(
            new KeyPattern(Pattern.compile("Problems\\.notFound\\(\"([a-z-]+)\"\\)"), "not-found.detail."),
            new KeyPattern(Pattern.compile("Problems\\.(?:invalid|violation)\\((?:[^;]*?), \"([a-z-]+)\""),
                    "violation."),
            new KeyPattern(Pattern.compile("\\breject\\([^;]*?, \"([a-z-]+)\""), "import."),
            new KeyPattern(Pattern.compile("Message\\.of\\(\"([a-z.-]+)\"\\s*[,)]"), ""));

    record KeyPattern(Pattern pattern, String prefix) {
    }

    @Test
    void everyCodeOfTheContractHasATitleAndADetailInEnglishFrenchAndDutch() {
        for (String language : ProblemTexts.LANGUAGES) {
            for (ProblemCode code : ProblemCode.values()) {
                assertThat(ProblemTexts.keys(language)).as(language + " " + code)
                        .contains(code + ".title", code + ".detail");
            }
        }
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndPlaceholders() {
        Set<String> english = new TreeSet<>(ProblemTexts.keys("en"));
        for (String language : ProblemTexts.LANGUAGES) {
            assertThat(new TreeSet<>(ProblemTexts.keys(language))).as(language).isEqualTo(english);
            for (String key : english) {
                String text = ProblemTexts.text(language, Message.of(key));
                assertThat(text).as(language + " " + key).isNotBlank().isNotEqualTo(key);
                assertThat(placeholders(text)).as(language + " " + key)
                        .isEqualTo(placeholders(ProblemTexts.text("en", Message.of(key))));
            }
        }
    }

    @Test
    void everyTextTheCodeNamesExistsInEveryLanguage() {
        Set<String> named = namedKeys();
        assertThat(named).as("the scan finds the call sites").hasSizeGreaterThan(30);
        for (ImportErrorCode code : ImportErrorCode.values()) {
            named.add("import." + code); // "import." + code, for each error of an imported line
        }
        for (CaseFileStatus status : CaseFileStatus.values()) {
            named.add("status." + status); // "status." + file.status, for invalid-transition
        }
        for (String language : ProblemTexts.LANGUAGES) {
            assertThat(ProblemTexts.keys(language)).as(language).containsAll(named);
        }
    }

    @Test
    void frenchPutsANonBreakingSpaceBeforeHighPunctuation() {
        for (String key : ProblemTexts.keys("fr")) {
            assertThat(ProblemTexts.text("fr", Message.of(key))).as(key).doesNotContainPattern(" [:;?!»]")
                    .doesNotContain("« ").doesNotContain("'");
        }
    }

    @Test
    void theCallersLanguageIsTheBestMatchAmongFrenchDutchAndEnglish() {
        assertThat(ProblemTexts.languageOf("nl-BE,nl;q=0.9,en;q=0.5")).isEqualTo("nl");
        assertThat(ProblemTexts.languageOf("de-DE,fr;q=0.8")).isEqualTo("fr");
        assertThat(ProblemTexts.languageOf("de")).isEqualTo("en");
        assertThat(ProblemTexts.languageOf(null)).isEqualTo("en");
        assertThat(ProblemTexts.languageOf("not a ;; header")).isEqualTo("en");
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    private static Set<String> namedKeys() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (KeyPattern call : CALL_SITES) {
                    Matcher matcher = call.pattern().matcher(source);
                    while (matcher.find()) {
                        keys.add(call.prefix() + matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
