package se.jamtland.unit.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.validator.TokenValidator;
import reactor.core.publisher.Flux;
import se.jamtland.testsupport.RefusedTokens;
import se.jamtland.webui.login.NoUserInfoTokenValidation;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's login at a unit's pages (issue 13), step by step over HTTP as a browser makes it: the page sends
 * them to the IdP with a PKCE challenge, the IdP's login form sends them back with a code, and the service opens a
 * staff session with an HttpOnly, SameSite cookie. The browser tests (headless Chromium) run the same flow through
 * the real pages; this one checks each hop and what a browser cannot show: cookie attributes, CSRF refusals, and
 * that the session cookie opens no API route.
 */
@MicronautTest(environments = "unit", transactional = false)
class StaffLoginIT extends UnitServiceTestBase {

    @Inject
    EmbeddedServer server;
    @Inject
    List<TokenValidator<HttpRequest<?>>> validators;

    StaffLoginIT() {
        super("cmv", "unit_core_staff_login");
    }

    @Test
    void a_person_who_asks_for_the_start_page_logs_in_at_the_idp_with_pkce_and_lands_on_it() {
        PageVisitor visitor = new PageVisitor(base());

        HttpResponse<String> start = visitor.get("/");
        assertThat(start.statusCode()).isEqualTo(303);
        assertThat(start.headers().firstValue("Location")).hasValue("/oauth/login/idp");

        HttpResponse<String> toIdp = visitor.get("/oauth/login/idp");
        assertThat(toIdp.statusCode()).isEqualTo(302);
        String authorize = toIdp.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(se.jamtland.testsupport.TestIdp.idp().issuer())
                .contains("code_challenge=").contains("code_challenge_method=S256").contains("state=");

        HttpResponse<String> back = visitor.logInAtIdp(authorize, "anna-cmv", "cmv", "STAFF");
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(base() + "/oauth/callback/idp?").contains("code=");

        HttpResponse<String> landed = visitor.getAbsolute(callback);
        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(landed.headers().firstValue("Location")).hasValue("/");
        String setCookie = landed.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("staff_session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("Secure only outside localhost: a browser would not send it over plain http here")
                .doesNotContainIgnoringCase("Secure;");

        HttpResponse<String> page = visitor.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("lang=\"sv\"").contains("Centrum mot våld").contains("anna-cmv")
                .contains("Logga ut");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'"));
    }

    @Test
    void a_page_asked_for_before_login_is_where_the_login_returns() {
        PageVisitor visitor = new PageVisitor(base());

        visitor.get("/ui/arenden/nytt");
        HttpResponse<String> landed = visitor.logIn("anna-cmv", "cmv", "STAFF");

        assertThat(landed.headers().firstValue("Location")).hasValue("/ui/arenden/nytt");
    }

    @Test
    void a_login_of_another_unit_sees_a_swedish_refusal_and_nothing_of_this_unit() {
        PageVisitor visitor = new PageVisitor(base());
        visitor.logIn("bo-minimaria", "minimaria", "STAFF");

        HttpResponse<String> page = visitor.get("/");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Du har inte tillgång till den här sidan").doesNotContain("Öppna ärende");
    }

    @Test
    void a_write_without_the_sessions_csrf_token_is_refused_and_the_session_stays() {
        PageVisitor visitor = new PageVisitor(base());
        visitor.logIn("anna-cmv", "cmv", "STAFF");

        HttpResponse<String> forged = visitor.postRaw("/ui/logga-ut", "_csrf=someone-elses");
        HttpResponse<String> none = visitor.postRaw("/ui/logga-ut", "");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Formuläret kunde inte skickas").doesNotContain("someone-elses");
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(visitor.get("/").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void logging_out_ends_the_session_so_the_next_page_asks_for_a_login_again() {
        PageVisitor visitor = new PageVisitor(base());
        visitor.logIn("anna-cmv", "cmv", "STAFF");
        String token = visitor.csrfOf("/");

        HttpResponse<String> out = visitor.postRaw("/ui/logga-ut", "_csrf=" + token);

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).hasValue("/ui/utloggad");
        assertThat(visitor.get("/ui/utloggad").body()).contains("Du är utloggad");
        assertThat(visitor.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void the_session_cookie_opens_no_route_of_the_json_api() {
        PageVisitor visitor = new PageVisitor(base());
        visitor.logIn("anna-cmv", "cmv", "STAFF");

        HttpResponse<String> cases = visitor.get("/cases");

        assertThat(cases.statusCode()).isEqualTo(401);
        assertThat(cases.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_bearer_token_the_jwt_check_refuses_is_refused_by_every_validator_and_never_sent_to_the_idp() {
        assertThat(validators).as("the library's UserInfo validator for the pages' OpenID client, replaced")
                .anyMatch(NoUserInfoTokenValidation.class::isInstance)
                .noneMatch(validator -> validator.getClass().getName().startsWith(
                        "io.micronaut.security.oauth2.endpoint.userinfo."));

        RefusedTokens.forStaffOf("cmv").forEach((why, token) -> {
            if (token == null) {
                return;
            }
            for (TokenValidator<HttpRequest<?>> validator : validators) {
                assertThat(Flux.from(validator.validateToken(token, null)).collectList().block())
                        .as(why + " through " + validator.getClass().getName()).isEmpty();
            }
            assertThat(api.as(token).get("/cases").status()).as(why).isEqualTo(401);
        });
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
