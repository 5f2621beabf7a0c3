package se.jamtland.testsupport.browser;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import se.jamtland.access.Roles;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testsupport.Pkce;
import se.jamtland.testsupport.TestIdp;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The browser harness itself, against small pages served here over HTTP and the real dev IdP: Debian's chromium
 * renders, axe-core finds what is wrong and nothing on a right page, the keyboard reaches fields in the page's
 * order, a new session forgets every cookie, and a login through the IdP's own form comes back with a code.
 */
class BrowserIT {

    private static final Pattern AUTHORIZATION_ENDPOINT =
            Pattern.compile("\"authorization_endpoint\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    /** lang, a title, landmarks, a heading, labelled fields and a button: what axe wants of any page. */
    private static final String CLEAN = """
            <!DOCTYPE html>
            <html lang="sv">
            <head><meta charset="utf-8"><title>Sök ärende</title></head>
            <body>
            <header><p>Centrum mot våld</p></header>
            <main>
              <h1>Sök ärende</h1>
              <form method="get" action="/clean">
                <label for="code">Ärendekod</label>
                <input id="code" name="code" type="text">
                <label for="kommun">Kommun</label>
                <select id="kommun" name="kommun"><option value="2380">Östersund</option></select>
                <button id="search" type="submit">Sök</button>
                <button id="unreachable" type="button" tabindex="-1">Inte i tabbordningen</button>
              </form>
            </main>
            </body>
            </html>
            """;
    /** No lang, an image without alt, and made-up personal details that no report may repeat. */
    private static final String PLANTED = """
            <!DOCTYPE html>
            <html>
            <head><meta charset="utf-8"><title>Ärende</title></head>
            <body>
            <main>
              <h1>Ärende</h1>
              <p>%s, %s</p>
              <img id="photo" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==">
            </main>
            </body>
            </html>
            """.formatted(Canaries.FULL_NAME, Canaries.PERSONNUMMER);
    private static final String CALLBACK = """
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>Inloggad</title></head>
            <body><main><h1>Inloggad</h1></main></body></html>
            """;

    private static HttpServer server;
    private static String site;
    private static Browser browser;
    private static long startMillis;

    @BeforeAll
    static void serveAndStart() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.one()), 0);
        server.createContext("/clean", exchange -> answer(exchange, CLEAN));
        server.createContext("/planted", exchange -> answer(exchange, PLANTED));
        server.createContext("/callback", exchange -> answer(exchange, CALLBACK));
        server.createContext("/cookie", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "SESSION=test-session; Path=/; HttpOnly; SameSite=Lax");
            answer(exchange, CALLBACK);
        });
        server.start();
        site = "http://localhost:" + server.getAddress().getPort();

        long started = System.nanoTime();
        browser = Browser.start();
        startMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("BrowserIT: chromium started in " + startMillis + " ms");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void newPerson() {
        browser.newSession();
    }

    @Test
    void the_browser_renders_a_page_served_over_http_in_a_1280_by_900_window() throws IOException {
        WebDriver driver = browser.open(site + "/clean").driver();

        assertThat(driver.getTitle()).isEqualTo("Sök ärende");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sök ärende");
        assertThat(driver.manage().window().getSize()).isEqualTo(Browser.WINDOW);
        BufferedImage shot = ImageIO.read(Screenshots.save(driver, "test-support/target/screenshots/clean.png")
                .toFile());
        // The window is 1280 x 900; the page sees it without the (headless) browser's own bars.
        assertThat(shot.getWidth()).isEqualTo(Browser.WINDOW.getWidth());
        assertThat((long) shot.getHeight()).isEqualTo(script(driver, "return window.innerHeight"));
    }

    @Test
    void chromium_runs_with_the_harness_flags_and_its_own_new_profile() {
        WebDriver driver = browser.open("chrome://version").driver();
        String commandLine = driver.findElement(By.id("command_line")).getText();

        assertThat(commandLine).contains(Browser.FLAGS).contains("--user-data-dir=" + browser.profile());
        assertThat(browser.profile()).isDirectory();
    }

    @Test
    void a_second_browser_runs_beside_the_first_and_leaves_no_profile_behind() {
        Path profile;
        try (Browser second = Browser.start()) {
            profile = second.profile();
            assertThat(profile).isNotEqualTo(browser.profile()).isDirectory();
            assertThat(second.open(site + "/clean").driver().getTitle()).isEqualTo("Sök ärende");
        }

        assertThat(profile).doesNotExist();
    }

    @Test
    void axe_finds_the_planted_violations_and_reports_only_their_rules_and_selectors() {
        browser.open(site + "/planted");

        assertThat(Axe.violations(browser.driver())).extracting(rule -> rule.getId())
                .containsExactlyInAnyOrder("html-has-lang", "image-alt");
        assertThatThrownBy(() -> Axe.assertNoViolations(browser.driver(), "the planted page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 WCAG 2.1 AA violations on the planted page")
                .hasMessageContaining("- image-alt (critical)")
                .hasMessageContaining("at #photo")
                .hasMessageContaining("- html-has-lang (serious)")
                .hasMessageContaining("at html")
                .message().doesNotContain(Canaries.FAMILY_NAME, Canaries.PERSONNUMMER, "<img", "data:image");
    }

    @Test
    void axe_reports_zero_violations_on_a_page_with_lang_labels_and_landmarks() {
        for (String visit : new String[] {"first", "second"}) {
            long started = System.nanoTime();
            browser.open(site + "/clean");
            Axe.assertNoViolations(browser.driver(), "the clean page");
            System.out.println("BrowserIT: page load and axe check (" + visit + " visit) in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }

        assertThat(Axe.violations(browser.driver())).isEmpty();
    }

    @Test
    void tab_to_reaches_fields_in_the_page_order_and_the_keyboard_alone_sends_the_form() {
        WebDriver driver = browser.open(site + "/clean").driver();
        WebElement code = driver.findElement(By.id("code"));

        assertThat(browser.tabTo(code)).isEqualTo(browser.focused());
        browser.type("K7Q2");
        browser.tabTo(driver.findElement(By.id("search")));
        browser.pressEnter();

        assertThat(driver.getCurrentUrl()).isEqualTo(site + "/clean?code=K7Q2&kommun=2380");
    }

    @Test
    void tab_to_fails_naming_an_element_that_is_not_in_the_focus_order() {
        WebDriver driver = browser.open(site + "/clean").driver();

        assertThatThrownBy(() -> browser.tabTo(driver.findElement(By.id("unreachable"))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("TAB never reached button#unreachable in " + Keyboard.MAX_TABS + " presses");
    }

    @Test
    void a_new_session_forgets_the_cookies_of_every_site_not_only_the_one_shown() {
        String other = site.replace("localhost", "127.0.0.1");
        browser.open(site + "/cookie");
        browser.open(other + "/cookie");
        assertThat(browser.driver().manage().getCookieNamed("SESSION")).isNotNull();
        browser.open(site + "/callback");
        assertThat(browser.driver().manage().getCookieNamed("SESSION")).isNotNull();

        browser.newSession();

        browser.open(site + "/callback");
        assertThat(browser.driver().manage().getCookies()).isEmpty();
        browser.open(other + "/callback");
        assertThat(browser.driver().manage().getCookies()).isEmpty();
    }

    @Test
    void a_login_through_the_dev_idps_form_returns_to_the_redirect_uri_with_a_code_for_the_pkce_verifier()
            throws Exception {
        Pkce pkce = Pkce.s256();
        String state = Pkce.random(16);
        String redirect = site + "/callback";
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", "cmv-ui");
        request.put("redirect_uri", redirect);
        request.put("scope", "openid");
        request.put("state", state);
        request.put("nonce", Pkce.random(16));
        request.put("code_challenge", pkce.challenge());
        request.put("code_challenge_method", Pkce.METHOD);
        WebDriver driver = browser.open(authorizationEndpoint() + "?" + form(request)).driver();

        IdpLoginPage.logIn(driver, "anna-cmv", "cmv", Roles.STAFF);

        URI back = URI.create(driver.getCurrentUrl());
        Map<String, String> query = query(back);
        assertThat(back.getScheme() + "://" + back.getAuthority() + back.getPath()).isEqualTo(redirect);
        assertThat(driver.getTitle()).isEqualTo("Inloggad");
        assertThat(query).containsEntry("state", state).containsKey("code");
        JWTClaimsSet claims = SignedJWT.parse(token(query.get("code"), redirect, pkce.verifier())).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("anna-cmv");
        assertThat(claims.getStringClaim("unit")).isEqualTo("cmv");
        assertThat(claims.getStringListClaim("roles")).containsExactly(Roles.STAFF);
    }

    /** The code for an access token (a public client: its PKCE verifier, no secret), as a staff UI does. */
    private static String token(String code, String redirect, String verifier) {
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", code);
        exchange.put("redirect_uri", redirect);
        exchange.put("client_id", "cmv-ui");
        exchange.put("code_verifier", verifier);
        HttpResponse<String> answer = TestIdp.idp().post(TestIdp.idp().tokenEndpoint(), exchange);
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static String authorizationEndpoint() throws IOException, InterruptedException {
        HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestIdp.idp().discoveryUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher endpoint = AUTHORIZATION_ENDPOINT.matcher(discovery.body());
        assertThat(endpoint.find()).as("the discovery document names an authorization endpoint").isTrue();
        return endpoint.group(1);
    }

    private static Object script(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void answer(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
