package be.hestia.household;

import static be.hestia.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

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
    void aDryRunReportsEveryRejectedLineAndTheRealImportIsAllOrNothing() {
        String token = Places.uniqueName("").strip();
        String number = String.valueOf(100 + (int) (Math.random() * 800));
        String site = Places.site(ADMIN, "Import " + token);
        String building = Places.building(ADMIN, site, "Rue de l'Import", number);
        Places.dwelling(ADMIN, building, "0.01");
        String csv = HEADER
                + "A" + token + ";reference-tenant;Van den Bussche;Marie;1980-02-03;nl;+32 2 555 00 01;;Rue de l'Import;" + number + ";1180;0.01;2021-05-01\n"
                + "A" + token + ";child;Van den Bussche;Lotte;2012-07-08;de;;;;;;;\n"
                + "B" + token + ";partner;Lefèvre;Paul;;fr;;;;;;;\n"
                + "C" + token + ";reference-tenant;Nowhere;Nina;;fr;;;Rue Inconnue;1;1180;9.99;2020-01-01\n";

        csvAs(ADMIN).queryParam("dryRun", true).body(csv).post("/api/v1/household-imports").then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("lines", equalTo(4))
                .body("rejected.line", contains(3, 4, 5))
                .body("rejected[0].reason", containsString("language"))
                .body("rejected[1].reason", containsString("no reference tenant"))
                .body("rejected[2].reason", containsString("no active dwelling"));
        csvAs(ADMIN).header("Accept-Language", "nl").queryParam("dryRun", true).body(csv)
                .post("/api/v1/household-imports").then().statusCode(200)
                .body("rejected[1].reason", equalTo("gezin B" + token + " heeft geen referentiehuurder"));
        csvAs(ADMIN).header("Accept-Language", "fr").queryParam("dryRun", false).body(csv)
                .post("/api/v1/household-imports").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("import-rejected"))
                .body("detail", equalTo("Lignes refusées\u00a0: 3. Rien n’a été importé."))
                .body("violations.field", contains("line 3", "line 4", "line 5"))
                .body("violations[0].message", equalTo("language doit valoir fr ou nl"));
        as(ADMIN).queryParam("q", "Marie Van den Bussche " + token).get("/api/v1/households").then()
                .body("page.totalItems", equalTo(0));
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
                .body("created", equalTo(2)).body("unchanged", equalTo(0)).body("rejected", hasSize(0));
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
