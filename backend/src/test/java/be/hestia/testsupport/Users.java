package be.hestia.testsupport;

import java.util.Map;

import be.hestia.security.Roles;

/** Demo users of keycloak/demo-users.json (password "demo"), by organisation and role. */
public final class Users {

    public static final String ADMIN_BINHOME = "admin-binhome";
    public static final String SOCIAL_WORKER_BINHOME = "sw-binhome";
    public static final String SOCIAL_WORKER_2_BINHOME = "sw2-binhome";
    public static final String RENOVATION_WORKER_BINHOME = "renov-binhome";
    public static final String FIELD_AGENT_BINHOME = "agent-binhome";
    public static final String COLLECTIVE_WORKER_BINHOME = "collective-binhome";
    public static final String MANAGER_BINHOME = "manager-binhome";
    public static final String DPO_BINHOME = "dpo-binhome";
    public static final String ADMIN_LLB = "admin-llb";
    public static final String MANAGER_LLB = "manager-llb";
    public static final String DPO_LLB = "dpo-llb";
    public static final String SOCIAL_WORKER_LLB = "sw-llb";
    public static final String PCS_COORDINATOR = "pcs-homborch";
    public static final String SLRB_ANALYST = "analyst-slrb";
    /** The SLRB integration client's service account (client credentials, no password). */
    public static final String SLRB_INTEGRATION = "service-account-hestia-slrb";

    /** For every realm role, a demo caller holding that role alone (of BinHôme where the role is a SISP's). */
    private static final Map<String, String> HOLDERS = Map.of(
            Roles.SOCIAL_WORKER, SOCIAL_WORKER_BINHOME,
            Roles.RENOVATION_WORKER, RENOVATION_WORKER_BINHOME,
            Roles.FIELD_AGENT, FIELD_AGENT_BINHOME,
            Roles.COLLECTIVE_WORKER, COLLECTIVE_WORKER_BINHOME,
            Roles.SERVICE_MANAGER, MANAGER_BINHOME,
            Roles.PCS_COORDINATOR, PCS_COORDINATOR,
            Roles.SLRB_ANALYST, SLRB_ANALYST,
            Roles.SLRB_INTEGRATION, SLRB_INTEGRATION,
            Roles.ADMIN, ADMIN_BINHOME,
            Roles.DPO, DPO_BINHOME);

    /** Every SISP staff user of BinHôme who may read places. */
    public static final String[] PLACE_READERS_BINHOME = { ADMIN_BINHOME, SOCIAL_WORKER_BINHOME,
            RENOVATION_WORKER_BINHOME, FIELD_AGENT_BINHOME, COLLECTIVE_WORKER_BINHOME, MANAGER_BINHOME, DPO_BINHOME };

    /** Every realm role, as {@link Roles} names them. */
    public static java.util.Set<String> roles() {
        return HOLDERS.keySet();
    }

    /** A demo caller holding {@code role} and no other Hestia role. */
    public static String holding(String role) {
        String user = HOLDERS.get(role);
        if (user == null) {
            throw new IllegalArgumentException("No demo user holds " + role + ": add one to the realm and here");
        }
        return user;
    }

    /** The same role at LLB, for a BinHôme user ({@code sw-binhome} to {@code sw-llb}); null when there is none. */
    public static String atOtherOrganisation(String binhomeUser) {
        return binhomeUser.endsWith("-binhome") ? binhomeUser.replace("-binhome", "-llb") : null;
    }

    private Users() {
    }
}
