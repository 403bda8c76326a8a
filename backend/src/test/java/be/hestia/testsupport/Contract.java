package be.hestia.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The operations of openapi.yaml, read from the file itself (references resolved), so that tests walking
 * "every operation" pick up a new one by themselves.
 */
public final class Contract {

    /** The roles extension: the Keycloak realm roles that may call an operation. */
    public static final String ROLES_EXTENSION = "x-hestia-roles";
    /** In {@value #ROLES_EXTENSION}: any signed-in caller, whatever their roles (Quarkus's {@code @Authenticated}). */
    public static final String ANY_SIGNED_IN = "**";
    /**
     * In {@value #ROLES_EXTENSION}, alone: no sign-in at all (Quarkus's {@code @PermitAll}), for a client that cannot
     * sign in (a calendar reading a feed); the operation must declare {@code security: []} and authenticate its caller
     * by other means (a secret in its address).
     */
    public static final String ANONYMOUS = "anonymous";

    private static final List<Operation> OPERATIONS = read();

    private Contract() {
    }

    /** One operation of the contract. */
    public record Operation(String id, String method, String path, Set<String> roles,
            io.swagger.v3.oas.models.Operation model) {

        public boolean anySignedIn() {
            return roles.contains(ANY_SIGNED_IN);
        }

        /** Whether it takes no token at all ({@value #ANONYMOUS}). */
        public boolean anonymous() {
            return roles.contains(ANONYMOUS);
        }

        /** Whether a caller holding only {@code role} may call it. */
        public boolean allows(String role) {
            return anySignedIn() || roles.contains(role);
        }

        public List<Parameter> parameters() {
            return model.getParameters() == null ? List.of() : model.getParameters();
        }

        /** The media type of the request body, or null when it takes none. */
        public String bodyMediaType() {
            if (model.getRequestBody() == null || model.getRequestBody().getContent() == null) {
                return null;
            }
            return model.getRequestBody().getContent().keySet().iterator().next();
        }

        /** The schema of the request body (fully resolved), or null. */
        public Schema<?> bodySchema() {
            String type = bodyMediaType();
            if (type == null) {
                return null;
            }
            MediaType media = model.getRequestBody().getContent().get(type);
            return media.getSchema();
        }

        public boolean bodyRequired() {
            return model.getRequestBody() != null && Boolean.TRUE.equals(model.getRequestBody().getRequired());
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    /** Every operation, in the contract's order. */
    public static List<Operation> operations() {
        return OPERATIONS;
    }

    private static List<Operation> read() {
        String file = Path.of(System.getProperty("hestia.contract.file", "../openapi.yaml")).toAbsolutePath()
                .toString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(file, null, options);
        if (api == null) {
            throw new IllegalStateException("Cannot read the contract " + file);
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> op : path.getValue()
                    .readOperationsMap().entrySet()) {
                operations.add(new Operation(op.getValue().getOperationId(), op.getKey().name(), path.getKey(),
                        roles(op.getValue()), op.getValue()));
            }
        }
        return List.copyOf(operations);
    }

    private static Set<String> roles(io.swagger.v3.oas.models.Operation op) {
        Object roles = op.getExtensions() == null ? null : op.getExtensions().get(ROLES_EXTENSION);
        if (!(roles instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException(op.getOperationId() + " has no " + ROLES_EXTENSION + " in openapi.yaml");
        }
        Set<String> names = new LinkedHashSet<>();
        list.forEach(role -> names.add(String.valueOf(role)));
        boolean noSecurity = op.getSecurity() != null && op.getSecurity().isEmpty();
        if (names.contains(ANONYMOUS) && (names.size() > 1 || !noSecurity)) {
            throw new IllegalStateException(op.getOperationId() + ": " + ANONYMOUS + " stands alone and goes with "
                    + "security: []");
        }
        if (noSecurity && !names.contains(ANONYMOUS)) {
            throw new IllegalStateException(op.getOperationId() + ": security: [] needs " + ROLES_EXTENSION + ": ["
                    + ANONYMOUS + "]");
        }
        return Set.copyOf(names);
    }
}
