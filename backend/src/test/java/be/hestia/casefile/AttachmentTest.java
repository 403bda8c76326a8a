package be.hestia.casefile;

import static be.hestia.testsupport.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Api;
import be.hestia.testsupport.Documents;
import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AttachmentTest {

    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final String SW2 = Users.SOCIAL_WORKER_2_BINHOME;
    private static final String MANAGER = Users.MANAGER_BINHOME;
    private static final byte[] PDF = Documents.PDF;

    private static String household;

    private static String file() {
        household = Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName("Attachment"));
        return as(SW).body(Map.of("householdId", household, "requestSource", "tenant", "themes",
                List.of("administrative-help"))).post("/api/v1/case-files").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification upload(String user, byte[] content) {
        return as(user).contentType("application/octet-stream").body(content);
    }

    @Test
    void aDocumentGoesUpAndComesBackIdenticalWithItsNameAndTheLogKeepsBoth() throws Exception {
        String file = file();
        String id = upload(SW, PDF).queryParam("fileName", "Décision CPAS.pdf")
                .post("/api/v1/case-files/" + file + "/attachments").then().statusCode(201)
                .header("Location", containsString("/attachments/"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF))))
                .body("uploadedBy.displayName", equalTo("Amélie Dubois"))
                .extract().path("id");

        as(SW).get("/api/v1/case-files/" + file + "/attachments").then().statusCode(200)
                .body("fileName", hasItem("Décision CPAS.pdf"));
        byte[] downloaded = as(SW).get("/api/v1/case-files/" + file + "/attachments/" + id + "/content").then()
                .statusCode(200).contentType("application/octet-stream")
                .header("Content-Disposition", containsString("filename*=UTF-8''D%C3%A9cision%20CPAS.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);

        as(Users.DPO_BINHOME).queryParam("householdId", household).queryParam("size", 100).get("/api/v1/access-log")
                .then().statusCode(200)
                .body("items.findAll { it.recordType == 'attachment' }.action", hasItems("create", "read"))
                .body("items.findAll { it.recordType == 'attachment' && it.action == 'read' }.recordId", hasItem(id));
    }

    @Test
    void aProgramRenamedPdfIsRefusedAndNothingIsKept() {
        String file = file();
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        upload(SW, program).queryParam("fileName", "facture.pdf").post("/api/v1/case-files/" + file + "/attachments")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("attachment-type-not-allowed"));
        as(SW).get("/api/v1/case-files/" + file + "/attachments").then().body("", hasSize(0));
    }

    @Test
    void aDocumentPastTheLimitIsRefusedWithAClearProblem() {
        String file = file();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload(SW, big).queryParam("fileName", "scan.pdf").post("/api/v1/case-files/" + file + "/attachments")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("attachment-too-large"));
        Api.invalidAs(SW).contentType("application/octet-stream").body(new byte[0]).queryParam("fileName", "vide.pdf").post("/api/v1/case-files/" + file + "/attachments")
                .then().statusCode(400).body("code", equalTo("validation-failed"));
        as(SW).get("/api/v1/case-files/" + file + "/attachments").then().body("", hasSize(0));
    }

    @Test
    void aPrivateEntrysDocumentReachesItsAuthorOnly() {
        String file = file();
        String entry = as(SW).body(Map.of("kind", "home-visit", "occurredAt", "2026-11-20T10:00:00Z", "summary",
                "Visite", "note", "Note privée", "visibility", "private")).post("/api/v1/case-files/" + file + "/entries")
                .then().statusCode(201).extract().path("id");
        String id = upload(SW, PDF).queryParam("fileName", "courrier-personnel.pdf").queryParam("entryId", entry)
                .post("/api/v1/case-files/" + file + "/attachments").then().statusCode(201)
                .body("entryId", equalTo(entry)).extract().path("id");
        as(SW).get("/api/v1/case-files/" + file + "/attachments").then().body("id", hasItem(id));

        for (String other : List.of(MANAGER, SW2)) {
            as(other).header("Hestia-Access-Reason", "Remplacement").get("/api/v1/case-files/" + file + "/attachments")
                    .then().statusCode(200).body("id", not(hasItem(id)))
                    .body("fileName", not(hasItem("courrier-personnel.pdf")));
            as(other).get("/api/v1/case-files/" + file + "/attachments/" + id).then().statusCode(404);
            as(other).get("/api/v1/case-files/" + file + "/attachments/" + id + "/content").then().statusCode(404);
            upload(other, PDF).queryParam("fileName", "x.pdf").queryParam("entryId", entry)
                    .post("/api/v1/case-files/" + file + "/attachments").then().statusCode(400);
        }
    }

    @Test
    void onlyTheUploaderRemovesADocumentAndAStaleVersionChangesNothing() {
        String file = file();
        String id = upload(SW, PDF).queryParam("fileName", "bail.pdf").post("/api/v1/case-files/" + file + "/attachments")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/case-files/" + file + "/attachments/" + id;
        as(SW2).header("Hestia-Access-Reason", "Remplacement").header("If-Match", "\"0\"").delete(path).then()
                .statusCode(403).body("code", equalTo("not-uploader"));
        as(SW).header("If-Match", "\"7\"").delete(path).then().statusCode(412);
        as(SW).get(path).then().statusCode(200);
        as(SW).header("If-Match", "\"0\"").delete(path).then().statusCode(204);
        as(SW).get(path).then().statusCode(404);
        as(SW).get(path + "/content").then().statusCode(404);
        as(Users.DPO_BINHOME).queryParam("householdId", household).queryParam("size", 100).get("/api/v1/access-log")
                .then().body("items.findAll { it.recordType == 'attachment' }.action", hasItem("delete"));
    }

    @Test
    void aClosedFileTakesNoNewDocumentUntilItIsReopened() {
        String file = file();
        as(SW).body(Map.of("kind", "phone-call", "occurredAt", "2026-11-20T10:00:00Z", "summary", "Appel",
                "visibility", "service")).post("/api/v1/case-files/" + file + "/entries").then().statusCode(201);
        long version = as(SW).get("/api/v1/case-files/" + file).then().extract().jsonPath().getLong("version");
        as(SW).header("If-Match", "\"" + version + "\"").body(Map.of("to", "closed", "reason", "Plan respecté"))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(200);
        upload(SW, PDF).queryParam("fileName", "tardif.pdf").post("/api/v1/case-files/" + file + "/attachments")
                .then().statusCode(409).body("code", equalTo("file-not-followed"));
        as(SW).get("/api/v1/case-files/" + file + "/attachments").then().body("", hasSize(0));
    }

    @Test
    void outsideTheSocialServiceAttachmentsDoNotExist() {
        String file = file();
        String id = upload(SW, PDF).queryParam("fileName", "bail.pdf").post("/api/v1/case-files/" + file + "/attachments")
                .then().statusCode(201).extract().path("id");
        as(Users.FIELD_AGENT_BINHOME).get("/api/v1/case-files/" + file + "/attachments/" + id + "/content").then()
                .statusCode(403);
        as(Users.SOCIAL_WORKER_LLB).get("/api/v1/case-files/" + file + "/attachments/" + id + "/content").then()
                .statusCode(404);
    }
}
