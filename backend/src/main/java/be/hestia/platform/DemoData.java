package be.hestia.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.hestia.security.SystemScope;

/**
 * Seeds the demo organisations' places, staff, households and case files for {@code make run} and the end-to-end tests
 * ({@code hestia.demo-data=true}); does nothing once any site exists.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final List<String> SCRIPTS = List.of("demo/places.sql", "demo/households.sql", "demo/agenda.sql");

    private final DataSource dataSource;
    private final boolean enabled;

    public DemoData(DataSource dataSource, @ConfigProperty(name = "hestia.demo-data") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void seedIfEnabled() {
        if (enabled) {
            SystemScope.acrossOrganisations("demo data", this::seed);
        }
    }

    private void seed() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet sites = statement.executeQuery("select exists (select 1 from site)")) {
                sites.next();
                if (sites.getBoolean(1)) {
                    return;
                }
            }
            for (String script : SCRIPTS) {
                statement.execute(read(script));
            }
            LOG.info("Demo data seeded");
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data could not be seeded: " + e.getMessage(), e);
        }
    }

    private static String read(String script) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(script)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
