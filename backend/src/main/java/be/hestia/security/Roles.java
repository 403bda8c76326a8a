package be.hestia.security;

/** Keycloak realm roles, exactly as the realm names them. */
public final class Roles {

    public static final String SOCIAL_WORKER = "social-worker";
    public static final String RENOVATION_WORKER = "renovation-worker";
    public static final String FIELD_AGENT = "field-agent";
    public static final String COLLECTIVE_WORKER = "collective-worker";
    public static final String SERVICE_MANAGER = "service-manager";
    public static final String PCS_COORDINATOR = "pcs-coordinator";
    public static final String SLRB_ANALYST = "slrb-analyst";
    public static final String SLRB_INTEGRATION = "slrb-integration";
    public static final String ADMIN = "admin";
    public static final String DPO = "dpo";

    private Roles() {
    }
}
