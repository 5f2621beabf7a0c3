package se.jamtland.webui;

/** The one OAuth2/OIDC client of a service's pages: the IdP of SECURITY_OIDC_ISSUER (application-staff-ui.yml). */
public final class StaffLogin {

    /** micronaut-security-oauth2's client name, so the routes are /oauth/login/idp and /oauth/callback/idp. */
    public static final String PROVIDER = "idp";

    /** The environment whose file (application-staff-ui.yml) configures login, session and pages. */
    public static final String ENVIRONMENT = "staff-ui";

    private StaffLogin() {
    }
}
