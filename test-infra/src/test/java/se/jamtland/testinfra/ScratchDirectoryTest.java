package se.jamtland.testinfra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScratchDirectoryTest {

    @Test
    void a_folder_with_nested_files_is_emptied_and_a_missing_one_is_created(@TempDir Path temp) throws IOException {
        Path used = temp.resolve("data");
        Files.createDirectories(used.resolve("mariadb/unit"));
        Files.writeString(used.resolve("mariadb/unit/table.ibd"), "rows");
        Path missing = temp.resolve("not/yet/there");

        ScratchDirectory.recreate(used);
        ScratchDirectory.recreate(missing);

        assertThat(used).isEmptyDirectory();
        assertThat(missing).isEmptyDirectory();
    }

    @Test
    void a_removed_folder_is_gone_with_everything_in_it_and_removing_a_missing_one_is_no_error(@TempDir Path temp)
            throws IOException {
        Path used = temp.resolve("profile");
        Files.createDirectories(used.resolve("Default/Cache"));
        Files.writeString(used.resolve("Default/Cookies"), "session");

        ScratchDirectory.remove(used);
        ScratchDirectory.remove(temp.resolve("never-made"));

        assertThat(used).doesNotExist();
        assertThat(temp).isEmptyDirectory();
    }
}
