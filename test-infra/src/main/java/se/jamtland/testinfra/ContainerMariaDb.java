package se.jamtland.testinfra;

import org.testcontainers.containers.MariaDBContainer;

/** MariaDB in a Testcontainers container, used where a Docker engine is available. */
final class ContainerMariaDb implements DatabaseServer {

    static final String IMAGE = "mariadb:10.11";

    private final MariaDBContainer<?> container;

    private ContainerMariaDb(MariaDBContainer<?> container) {
        this.container = container;
    }

    static ContainerMariaDb start() {
        MariaDBContainer<?> container = new MariaDBContainer<>(IMAGE)
                .withUsername("root")
                .withPassword("test");
        container.start();
        return new ContainerMariaDb(container);
    }

    @Override
    public String serverUrl() {
        return "jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(3306) + "/";
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public String description() {
        return "Testcontainers MariaDB (" + IMAGE + ")";
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return description();
    }
}
