package be.hestia.household;

import static be.hestia.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import be.hestia.api.model.ImportColumn;
import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Tokens;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class HouseholdImportTest {

    private static final String ADMIN = Users.ADMIN_BINHOME;
    private static final String HEADER =
            "household_ref;role;last_name;first_name;birth_date;language;phone;email;street;number;postcode;unit;lease_start\n";

    private static RequestSpecification csvAs(String user) {
        return given().filter(be.hestia.testsupport.Api.contractFilter())
                .auth().oauth2(Tokens.accessToken(user)).contentType("text/csv; charset=UTF-8");
    }

    @Test
    void aDryRunReportsEveryErrorOfEveryLineWithItsCodeColumnAndValueAndTheRealImportIsAllOrNothing() {
        String token = Places.uniqueName("").strip();
        String number = String.valueOf(100 + (int) (Math.random() * 800));
        String site = Places.site(ADMIN, "Import " + token);
        String building = Places.building(ADMIN, site, "Rue de l'Import", number);
        Places.dwelling(ADMIN, building, "0.01");
        String csv = HEADER
                + "A" + token + ";reference-tenant;Van den Bussche;Marie;1980-02-03;nl;+32 2 555 00 01;;Rue de l'Import;" + number + ";1180;0.01;2021-05-01\n"
                // Five errors on one line: every one is reported, in the order of the columns.
                + "A" + token + ";cousin;;Lotte;2012-13-08;de;;lotte@;;;;;\n"
                + "B" + token + ";partner;Lefèvre;Paul;;fr;;;;;;;\n"
                + "C" + token + ";reference-tenant;Nowhere;Nina;;fr;;;Rue Inconnue;1;1180;9.99;\n";

        csvAs(ADMIN).queryParam("dryRun", true).body(csv).post("/api/v1/household-imports").then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("lines", equalTo(4))
                .body("rejectedLines", equalTo(3))
                .body("errors.line", contains(3, 3, 3, 3, 3, 4, 5, 5))
                .body("errors.code", contains("unknown-role", "required", "invalid-date", "unknown-language",
                        "invalid-email", "no-reference-tenant", "required", "unknown-dwelling"))
                .body("errors.column", contains("role", "last_name", "birth_date", "language", "email",
                        "household_ref", "lease_start", null))
                .body("errors.value", contains("cousin", null, "2012-13-08", "de", "lotte@", "B" + token, null,
                        "Rue Inconnue 1, 1180, 9.99"))
                .body("errors[0].expected", equalTo("reference-tenant, partner, child, other"))
                .body("errors[3].message", equalTo("language “de” is not one of fr, nl"));
        csvAs(ADMIN).header("Accept-Language", "nl").queryParam("dryRun", true).body(csv)
                .post("/api/v1/household-imports").then().statusCode(200)
                .body("errors[5].message", equalTo("gezin B" + token + " heeft geen referentiehuurder"))
                .body("errors[1].message", equalTo("vul last_name in"));
        csvAs(ADMIN).header("Accept-Language", "fr").queryParam("dryRun", false).body(csv)
                .post("/api/v1/household-imports").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("import-rejected"))
                .body("detail", equalTo("Lignes refusées\u00a0: 3. Rien n’a été importé."))
                .body("violations.field", contains("line 3, role", "line 3, last_name", "line 3, birth_date",
                        "line 3, language", "line 3, email", "line 4, household_ref", "line 5, lease_start", "line 5"))
                .body("violations[3].message",
                        equalTo("language «\u00a0de\u00a0» ne fait pas partie des valeurs admises\u00a0: fr, nl"));
        as(ADMIN).queryParam("q", "Marie Van den Bussche " + token).get("/api/v1/households").then()
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void householdErrorsNameTheOtherLineAndADwellingSomeoneRentsIsRefused() {
        String token = Places.uniqueName("").strip();
        String number = String.valueOf(100 + (int) (Math.random() * 800));
        String site = Places.site(ADMIN, "Twice " + token);
        String building = Places.building(ADMIN, site, "Rue Double", number);
        String rented = Places.dwelling(ADMIN, building, "1");
        Places.dwelling(ADMIN, building, "2");
        Households.household(ADMIN, "Occupant" + token, "Hestia", rented);
        String address = ";Rue Double;" + number + ";1180;";
        String csv = HEADER
                + "D" + token + ";reference-tenant;Un;Ann;;fr;;" + address + "2;2021-05-01\n"
                + "D" + token + ";reference-tenant;Deux;Bob;;fr;;;;;;;\n"
                + "E" + token + ";reference-tenant;Trois;Cleo;;fr;;" + address + "2;2021-05-01\n"
                + "F" + token + ";reference-tenant;Quatre;Dan;;fr;;" + address + "1;2021-05-01\n";
        csvAs(ADMIN).queryParam("dryRun", true).body(csv).post("/api/v1/household-imports").then().statusCode(200)
                .body("errors.line", contains(3, 3, 3, 3, 3, 3, 4, 5))
                .body("errors.code", contains("second-reference-tenant", "required", "required", "required",
                        "required", "required", "dwelling-given-twice", "dwelling-rented"))
                .body("errors.column", contains("role", "street", "number", "postcode", "unit", "lease_start", null,
                        null))
                .body("errors[0].otherLine", equalTo(2))
                .body("errors[6].otherLine", equalTo(2))
                .body("errors[6].value", equalTo("Rue Double " + number + ", 1180, 2"))
                .body("errors[7].value", equalTo("Rue Double " + number + ", 1180, 1"))
                .body("rejectedLines", equalTo(3)).body("households", equalTo(0));
    }

    @Test
    void theTemplateHasTheColumnsTheImportReadsAndItsExampleImportsCleanly() {
        String site = Places.site(ADMIN, Places.uniqueName("Template"));
        Places.dwelling(ADMIN, Places.building(ADMIN, site, "Rue du Modèle", "7"), "0.01"); // a vacant dwelling
        io.restassured.response.Response template = given().filter(be.hestia.testsupport.Api.contractFilter())
                .auth().oauth2(Tokens.accessToken(ADMIN)).header("Accept-Language", "fr")
                .get("/api/v1/household-imports/template");
        template.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("modele-import-menages.csv"));
        String csv = new String(template.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + HEADER.replace("\n", "\r\n"));
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(HEADER.strip().split(";")).containsExactly(java.util.Arrays.stream(ImportColumn.values())
                .map(ImportColumn::toString).toArray(String[]::new));

        csvAs(ADMIN).queryParam("dryRun", true).body(csv).post("/api/v1/household-imports").then().statusCode(200)
                .body("lines", equalTo(1)).body("errors", hasSize(0)).body("households", equalTo(1));
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        String token = Places.uniqueName("").strip();
        String number = String.valueOf(100 + (int) (Math.random() * 800));
        String site = Places.site(ADMIN, "Reimport " + token);
        String building = Places.building(ADMIN, site, "Chaussée de Neerstalle", number);
        Places.dwelling(ADMIN, building, "1.01");
        Places.dwelling(ADMIN, building, "1.02");
        String csv = HEADER
                + "R1" + token + ";reference-tenant;Claes;Jan" + token + ";1970-01-01;nl;;jan@example.be;Chaussée de Neerstalle;" + number + ";1180;1.01;2019-09-01\n"
                + "R1" + token + ";partner;Claes;Els;;nl;;;;;;;\n"
                + "R2" + token + ";reference-tenant;Benali;Aïcha" + token + ";;fr;;;Chee de Neerstalle;" + number + ";1180;1.02;2020-02-01\n";

        csvAs(ADMIN).queryParam("dryRun", false).body(csv).post("/api/v1/household-imports").then().statusCode(200)
                .body("created", equalTo(2)).body("unchanged", equalTo(0)).body("errors", hasSize(0));
        String id = as(ADMIN).queryParam("q", "Jan" + token).get("/api/v1/households").then()
                .body("items", hasSize(1)).body("items[0].memberCount", equalTo(2)).extract().path("items[0].id");
        int version = as(ADMIN).get("/api/v1/households/" + id).then()
                .body("currentLease.startDate", equalTo("2019-09-01")).extract().path("version");

        csvAs(ADMIN).queryParam("dryRun", false).body(csv).post("/api/v1/household-imports").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        as(ADMIN).get("/api/v1/households/" + id).then().body("version", equalTo(version))
                .body("leases", hasSize(1));

        csvAs(ADMIN).queryParam("dryRun", false).body(csv.replace("jan@example.be", "jan.claes@example.be"))
                .post("/api/v1/household-imports").then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(1));
        as(ADMIN).get("/api/v1/households/" + id).then().body("members[0].email", equalTo("jan.claes@example.be"));
    }

    @Test
    void onlyTheAdminImports() {
        csvAs(Users.SOCIAL_WORKER_BINHOME).body(HEADER).post("/api/v1/household-imports").then().statusCode(403);
    }
}
