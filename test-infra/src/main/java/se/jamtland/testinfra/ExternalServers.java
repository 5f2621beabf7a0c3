package se.jamtland.testinfra;

/** Servers someone else runs, named by environment variables (or system properties of the same name). */
final class ExternalServers {

    static final String DB_URL = "TEST_DB_URL";
    static final String DB_USER = "TEST_DB_USER";
    static final String DB_PASSWORD = "TEST_DB_PASSWORD";
    static final String KAFKA_BOOTSTRAP = "TEST_KAFKA_BOOTSTRAP";

    private ExternalServers() {
    }

    static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value.trim();
    }

    static DatabaseServer database(String url) {
        String serverUrl = url.endsWith("/") ? url : url + "/";
        String user = setting(DB_USER) == null ? "root" : setting(DB_USER);
        String password = setting(DB_PASSWORD) == null ? "" : setting(DB_PASSWORD);
        return new DatabaseServer() {
            @Override
            public String serverUrl() {
                return serverUrl;
            }

            @Override
            public String username() {
                return user;
            }

            @Override
            public String password() {
                return password;
            }

            @Override
            public String description() {
                return "external MariaDB from " + DB_URL;
            }

            @Override
            public void close() {
                // Not ours to stop.
            }

            @Override
            public String toString() {
                return description();
            }
        };
    }

    static KafkaBroker kafka(String bootstrap) {
        return new KafkaBroker() {
            @Override
            public String bootstrapServers() {
                return bootstrap;
            }

            @Override
            public String description() {
                return "external Kafka from " + KAFKA_BOOTSTRAP + " at " + bootstrap;
            }

            @Override
            public void close() {
                // Not ours to stop.
            }

            @Override
            public String toString() {
                return description();
            }
        };
    }
}
