package be.hestia.testsupport;

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

    /** Every SISP staff user of BinHôme who may read places. */
    public static final String[] PLACE_READERS_BINHOME = { ADMIN_BINHOME, SOCIAL_WORKER_BINHOME,
            RENOVATION_WORKER_BINHOME, FIELD_AGENT_BINHOME, COLLECTIVE_WORKER_BINHOME, MANAGER_BINHOME, DPO_BINHOME };

    private Users() {
    }
}
