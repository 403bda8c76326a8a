package be.hestia.agenda;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.hestia.api.model.CalendarFeedLink;
import be.hestia.api.model.ProblemCode;
import be.hestia.casefile.AppointmentService;
import be.hestia.casefile.AppointmentService.CalendarEntry;
import be.hestia.common.Message;
import be.hestia.common.ProblemException;
import be.hestia.common.Problems;
import be.hestia.common.Time;
import be.hestia.security.CurrentUser;
import be.hestia.security.OrganisationScope;
import be.hestia.security.SystemScope;

/**
 * Each worker's personal calendar feed (iCalendar), to subscribe to from Outlook: its address holds a secret key,
 * since calendar clients cannot sign in. The key is an HMAC of a random nonce under the server's secret
 * ({@code hestia.calendar-feed.secret}), so the worker can be shown the same address again while the database keeps
 * only the nonce and the key's SHA-256 hash; renewing draws a new nonce and the previous address answers 404. The feed
 * shows times, a neutral kind and a household reference: no name, address, place, subject or task title.
 */
@ApplicationScoped
public class CalendarFeedService {

    static final String PATH = "/api/v1/calendar-feeds/";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "fr", Map.of("home-visit", "Visite à domicile", "office-interview", "Entretien au bureau",
                    "phone-call", "Appel téléphonique", "other", "Rendez-vous", "task", "Échéance",
                    "calendar", "Hestia – mon agenda"),
            "nl", Map.of("home-visit", "Huisbezoek", "office-interview", "Gesprek op kantoor",
                    "phone-call", "Telefoongesprek", "other", "Afspraak", "task", "Uiterste datum",
                    "calendar", "Hestia – mijn agenda"),
            "en", Map.of("home-visit", "Home visit", "office-interview", "Office interview",
                    "phone-call", "Phone call", "other", "Appointment", "task", "Task due",
                    "calendar", "Hestia – my agenda"));

    private final CalendarFeedKeyRepository keys;
    private final AppointmentService appointments;
    private final OrganisationScope scope;
    private final CurrentUser user;
    private final String secret;
    private final String spaOrigin;

    public CalendarFeedService(CalendarFeedKeyRepository keys, AppointmentService appointments,
            OrganisationScope scope, CurrentUser user,
            @ConfigProperty(name = "hestia.calendar-feed.secret", defaultValue = "") String secret,
            @ConfigProperty(name = "hestia.spa-origin") String spaOrigin) {
        this.keys = keys;
        this.appointments = appointments;
        this.scope = scope;
        this.user = user;
        this.secret = secret;
        this.spaOrigin = spaOrigin.endsWith("/") ? spaOrigin.substring(0, spaOrigin.length() - 1) : spaOrigin;
    }

    /** The caller's feed address, made at the first call. */
    @Transactional
    public CalendarFeedLink link() {
        String organisation = scope.id();
        CalendarFeedKey key = keys.findById(user.id());
        if (key == null) {
            String nonce = nonce();
            keys.save(user.id(), organisation, nonce, hash(key(user.id(), nonce)), Time.now(), false);
            key = keys.findById(user.id());
        }
        return toLink(key);
    }

    /** A new key for the caller's feed: the previous address stops working. */
    @Transactional
    public CalendarFeedLink renew() {
        String organisation = scope.id();
        String nonce = nonce();
        keys.save(user.id(), organisation, nonce, hash(key(user.id(), nonce)), Time.now(), true);
        return toLink(keys.findById(user.id()));
    }

    /** The calendar the key opens; 404, the same for every reason, when it opens none. */
    public String calendar(String feedKey, String language) {
        if (language != null && !WORDS.containsKey(language)) {
            throw Problems.invalid("lang", "invalid-value");
        }
        if (feedKey == null || !KEY.matcher(feedKey).matches()) {
            throw notFound();
        }
        CalendarFeedKeyRepository.Owner owner = keys.owner(hash(feedKey)).orElseThrow(CalendarFeedService::notFound);
        var now = Time.now();
        List<CalendarEntry> entries = SystemScope.inOrganisation(owner.organisationId(), "calendar feed",
                () -> appointments.calendarOf(owner.staffId(), owner.organisationId(), now));
        Map<String, String> words = WORDS.get(language == null ? "fr" : language);
        ICalendar calendar = new ICalendar().begin(words.get("calendar"));
        for (CalendarEntry entry : entries) {
            String summary = words.getOrDefault(entry.kind(), words.get("other")) + " – " + entry.reference();
            String uid = entry.id() + (entry.allDay() ? "-task" : "") + "@hestia";
            String url = spaOrigin + "/case-files/" + entry.caseFileId();
            if (entry.allDay()) {
                calendar.allDay(uid, now, entry.day(), summary, url);
            } else {
                calendar.event(uid, now, entry.startsAt(), entry.endsAt(), summary, url);
            }
        }
        return calendar.end();
    }

    private static ProblemException notFound() {
        // No detail telling a wrong key from a renewed one.
        return new ProblemException(404, ProblemCode.NOT_FOUND, Message.of("not-found.detail"), List.of());
    }

    private CalendarFeedLink toLink(CalendarFeedKey key) {
        return new CalendarFeedLink(PATH + key(key.staffId, key.nonce) + ".ics", key.createdAt);
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The key of a nonce: HMAC-SHA256 under the server's secret, 43 characters of base64url. */
    String key(UUID staffId, String nonce) {
        if (secret.length() < 32) {
            throw new IllegalStateException("hestia.calendar-feed.secret (HESTIA_CALENDAR_FEED_SECRET) must be set, "
                    + "32 characters at least");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] key = mac.doFinal((staffId + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
