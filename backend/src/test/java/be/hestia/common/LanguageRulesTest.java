package be.hestia.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@code ../shared/LANGUAGE.md} in the texts the backend writes: the problem texts
 * ({@code messages/problems_*.properties}) and the subject-access document
 * ({@code subject-access/document_*.properties}). The same rules as the SPA's
 * {@code src/locales/language.test.ts}: the words to avoid, the French typography, the units of
 * each language, no bracket forms.
 */
class LanguageRulesTest {

    record Rule(String name, Pattern pattern) {
        static Rule of(String name, String regex) {
            return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS));
        }

        /** Case matters (units). */
        static Rule exact(String name, String regex) {
            return new Rule(name, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
        }

        boolean breaks(String text) {
            return pattern.matcher(text).find();
        }
    }

    private static final Rule BRACKET_FORMS = Rule.of("no bracket forms: a plural per count, a doublet for gender",
            "\\p{L}\\((s|e|es|ne|le|n|o|en|x)\\)");

    static final List<Rule> DUTCH = List.of(
            Rule.of("hulpvraag, not aanvraag (an administrative application)", "(^|[^\\p{L}])aanvra(ag|gen|ger)"),
            Rule.of("sociale begeleiding, not opvolging", "opvolg"),
            Rule.of("notitie, not nota", "\\bnota('s)?\\b"),
            Rule.of("uiterste datum, not vervaldatum (bills)", "vervaldatum"),
            Rule.of("over tijd, not achterstallig (arrears)", "achterstallig"),
            Rule.of("indien bekend, not gekend", "\\bgekend\\b"),
            Rule.of("plural empty states, not geen enkel(e)", "geen enkel"),
            Rule.of("simulatie, not proefrun/run", "proef(run|import)|\\bruns?\\b"),
            Rule.of("bewaarplicht, not wettelijke bewaring", "wettelijke bewaring"),
            Rule.of("wachttermijn, not opzegtermijn (lease notice)", "opzegtermijn"),
            Rule.of("IP-adres, not herkomstadres", "herkomstadres"),
            Rule.of("no toewijzingen for staff (allocating a dwelling)", "toewijzingen"),
            Rule.of("uw maatschappelijk werker, not referentie-maatschappelijk werker", "referentie-maatschappelijk"),
            Rule.of("OVM, not huisvestingsmaatschappij", "huisvestingsmaatschappij"),
            Rule.of("al 3 dagen, never sinds with a duration", "sinds \\d+ (dag|dagen|maand|maanden|jaar)\\b"),
            Rule.of("one word per concept: Wijzigen, not Bewerken", "\\bbewerken\\b"),
            Rule.of("one word per concept: Optioneel, not Facultatief", "facultatief"),
            Rule.of("huurovereenkomst, not huurcontract", "huurcontract"),
            Rule.exact("MB/KB in Dutch", "\\d\\s(Mo|Ko|B)\\b"),
            BRACKET_FORMS);

    static final List<Rule> FRENCH = List.of(
            Rule.of("contact, not entrée", "\\bentrées?\\b"),
            Rule.of("gel de l’anonymisation, not conservation légale", "conservation légale"),
            Rule.of("délai d’attente, not préavis", "préavis"),
            Rule.of("simulation, not test à blanc", "test à blanc"),
            Rule.of("adresse IP, not adresse d’origine", "adresse d.origine"),
            Rule.of("consultation, not lecture (log action)", "^lecture$"),
            Rule.of("no attributions for staff (allocating a dwelling)", "attributions"),
            Rule.of("SISP, not société de logement", "société de logement"),
            Rule.exact("a non-breaking space before : ; ? ! (U+00A0 or U+202F)", "(^|[^\\u00a0\\u202f])[:;?!](?=\\s|$)"),
            Rule.exact("a non-breaking space inside « »", "«(?![\\u00a0\\u202f])|(?<![\\u00a0\\u202f])»"),
            Rule.exact("the typographic apostrophe ’", "'"),
            Rule.exact("Mo/Ko in French", "\\d\\s(MB|KB|B)\\b"),
            BRACKET_FORMS);

    static final List<Rule> ENGLISH = List.of(Rule.exact("MB/KB in English", "\\d\\s(Mo|Ko|B)\\b"), BRACKET_FORMS);

    private static final Map<String, List<Rule>> RULES = Map.of("fr", FRENCH, "nl", DUTCH, "en", ENGLISH);

    @Test
    void theProblemTextsFollowTheRulesOfTheirLanguage() {
        for (String language : List.of("fr", "nl", "en")) {
            assertThat(broken(language, "messages/problems_" + language + ".properties")).as(language).isEmpty();
        }
    }

    @Test
    void theSubjectAccessDocumentFollowsTheRulesOfItsLanguage() {
        for (String language : List.of("fr", "nl")) {
            assertThat(broken(language, "subject-access/document_" + language + ".properties")).as(language).isEmpty();
        }
    }

    @Test
    void theDocumentHasTheSameTextsInFrenchAndDutch() {
        assertThat(load("subject-access/document_nl.properties").keySet())
                .isEqualTo(load("subject-access/document_fr.properties").keySet());
    }

    /** Plain language for residents: every sentence of the document under 20 words. */
    @Test
    void theDocumentSpeaksInShortSentences() {
        for (String language : List.of("fr", "nl")) {
            load("subject-access/document_" + language + ".properties").forEach((key, text) -> {
                for (String sentence : text.split("(?<=[.?!])\\s+")) {
                    assertThat(sentence.trim().split("\\s+")).as(language + " " + key + ": " + sentence).hasSizeLessThan(20);
                }
            });
        }
    }

    @Test
    void theRulesCatchWhatTheyAreMeantToCatch() {
        assertThat(breaks("nl", "Details van de aanvraag")).isTrue();
        assertThat(breaks("nl", "Referentie-maatschappelijk werker")).isTrue();
        assertThat(breaks("nl", "Vervaldatum")).isTrue();
        assertThat(breaks("nl", "uw account hoort bij geen enkele")).isTrue();
        assertThat(breaks("nl", "Echtgeno(o)t(e) / partner")).isTrue();
        assertThat(breaks("nl", "Mutatieaanvraag")).isFalse();
        assertThat(breaks("fr", "Contact ou entrée")).isTrue();
        assertThat(breaks("fr", "Conservation légale")).isTrue();
        assertThat(breaks("fr", "Assistant(e) social(e)")).isTrue();
        assertThat(breaks("fr", "Ce dossier est « ouvert » : non")).isTrue();
        assertThat(breaks("fr", "Visite d'accueil")).isTrue();
        assertThat(breaks("fr", "Un document ne peut pas dépasser 10 MB.")).isTrue();
        assertThat(breaks("fr", "Ce dossier est «\u00a0ouvert\u00a0»\u00a0: l’accueil, 10 Mo, a;b")).isFalse();
        assertThat(breaks("en", "512 B")).isTrue();
    }

    private static boolean breaks(String language, String text) {
        return RULES.get(language).stream().anyMatch(rule -> rule.breaks(text));
    }

    private static List<String> broken(String language, String resource) {
        List<String> found = new ArrayList<>();
        load(resource).forEach((key, text) -> RULES.get(language).stream().filter(rule -> rule.breaks(text))
                .forEach(rule -> found.add(key + ": “" + text + "” — " + rule.name())));
        return found;
    }

    static Map<String, String> load(String resource) {
        try (var in = LanguageRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
