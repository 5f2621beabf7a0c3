package se.jamtland.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RepoRootTest {

    @TempDir
    Path dir;

    @Test
    void the_root_is_found_from_itself_and_from_deep_inside_a_module() throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(root.resolve("pom.xml"), "<modules>\n  <module>test-infra</module>\n  <module>devstack</module>\n</modules>");
        Path module = Files.createDirectories(root.resolve("devstack/target/classes"));
        Files.writeString(root.resolve("devstack/pom.xml"), "<artifactId>devstack</artifactId>");

        assertThat(RepoRoot.findFrom(root)).contains(root);
        assertThat(RepoRoot.findFrom(module)).contains(root);
    }

    @Test
    void a_pom_that_does_not_list_devstack_is_not_the_root() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<modules><module>other</module></modules>");

        assertThat(RepoRoot.findFrom(dir)).isEmpty();
    }
}
