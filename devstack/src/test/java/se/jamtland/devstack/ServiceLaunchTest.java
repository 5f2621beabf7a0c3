package se.jamtland.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceLaunchTest {

    private static final ServiceSpec SPEC =
            new ServiceSpec("eligibility-service", "eligibility-service", "se.jamtland.eligibility.Application", 8081, null, false);

    @TempDir
    Path root;

    @Test
    void a_jar_at_least_as_new_as_its_classes_takes_their_place_in_the_class_path() throws IOException {
        Path jar = built(Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T08:00:01Z"));

        assertThat(ServiceLaunch.jarClasspath(root, SPEC, ServiceProcess.classpath(root, SPEC)))
                .contains(jar + File.pathSeparator + dependency());
    }

    @Test
    void the_module_jar_is_used_and_never_the_runnable_jar_that_holds_every_dependency_again() throws IOException {
        Path jar = built(Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T08:00:01Z"));
        Path runnable = jar.resolveSibling("eligibility-service-0.1.0-SNAPSHOT-runnable.jar");
        Files.writeString(runnable, "shaded");
        Files.setLastModifiedTime(runnable, FileTime.from(Instant.parse("2026-12-01T08:00:02Z")));

        assertThat(ServiceLaunch.jarClasspath(root, SPEC, ServiceProcess.classpath(root, SPEC)))
                .hasValueSatisfying(classpath -> assertThat(classpath)
                        .startsWith(jar + File.pathSeparator)
                        .doesNotContain("-runnable.jar"));
    }

    @Test
    void a_jar_older_than_its_classes_is_not_used_after_a_compile_without_install() throws IOException {
        built(Instant.parse("2026-12-01T08:05:00Z"), Instant.parse("2026-12-01T08:00:00Z"));

        assertThat(ServiceLaunch.jarClasspath(root, SPEC, ServiceProcess.classpath(root, SPEC))).isEmpty();
        ServiceLaunch launch = ServiceLaunch.deployed(root, SPEC);
        assertThat(launch.mode()).isEqualTo(ServiceLaunch.Mode.PLAIN);
        assertThat(launch.cacheOptions()).isEmpty();
        assertThat(launch.describe()).contains("no start-up cache", "mvn -q -DskipTests install");
    }

    @Test
    void the_first_start_makes_the_cache_and_the_next_uses_it_once_kept() throws IOException {
        built(Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T08:00:01Z"));
        ServiceLaunch first = ServiceLaunch.of(ServiceLaunch.Mode.APP_CDS, root, SPEC).orElseThrow();

        assertThat(first.isTraining()).isTrue();
        String written = first.cacheOptions().get(0).substring("-XX:ArchiveClassesAtExit=".length());
        assertThat(first.cacheOptions().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
        Files.writeString(Path.of(written), "archive");
        assertThat(first.keepTrainedCache()).isTrue();

        ServiceLaunch next = ServiceLaunch.of(ServiceLaunch.Mode.APP_CDS, root, SPEC).orElseThrow();
        assertThat(next.isTraining()).isFalse();
        assertThat(next.cacheOptions().get(0)).startsWith("-XX:SharedArchiveFile=")
                .endsWith(".jsa").doesNotContain("training");
    }

    @Test
    void a_training_run_that_wrote_nothing_keeps_no_cache_so_the_next_start_trains_again() throws IOException {
        built(Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T08:00:01Z"));
        ServiceLaunch first = ServiceLaunch.of(ServiceLaunch.Mode.APP_CDS, root, SPEC).orElseThrow();
        first.cacheOptions();

        assertThat(first.keepTrainedCache()).isFalse();
        assertThat(ServiceLaunch.of(ServiceLaunch.Mode.APP_CDS, root, SPEC).orElseThrow().isTraining()).isTrue();
    }

    @Test
    void a_rebuilt_jar_gets_a_cache_of_its_own_and_the_old_one_is_removed_when_the_new_one_is_kept()
            throws IOException {
        Path jar = built(Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T08:00:01Z"));
        ServiceLaunch before = trainedCache();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T09:00:00Z")));

        ServiceLaunch after = ServiceLaunch.of(ServiceLaunch.Mode.APP_CDS, root, SPEC).orElseThrow();
        assertThat(after.isTraining()).isTrue();
        Files.writeString(Path.of(after.cacheOptions().get(0).substring("-XX:ArchiveClassesAtExit=".length())), "new");
        after.keepTrainedCache();

        try (var files = Files.list(root.resolve("eligibility-service").resolve(ServiceLaunch.CACHE_DIR))) {
            assertThat(files.toList()).singleElement()
                    .satisfies(file -> assertThat(Files.readString(file)).isEqualTo("new"));
        }
        assertThat(before.isTraining()).isTrue();
    }

    @Test
    void keeping_a_new_aot_cache_leaves_the_appcds_archive_of_the_same_jars_alone() throws IOException {
        built(Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T08:00:01Z"));
        trainedCache();
        Path java25 = root.resolve("jvm/temurin-25");
        jdk(java25, "25.0.3");
        System.setProperty("devstack.java25.home", java25.toString());
        try {
            ServiceLaunch aot = ServiceLaunch.of(ServiceLaunch.Mode.AOT_CACHE, root, SPEC).orElseThrow();
            String option = aot.cacheOptions().get(0);
            assertThat(option).startsWith("-XX:AOTCacheOutput=");
            Files.writeString(Path.of(option.substring("-XX:AOTCacheOutput=".length())), "aot");
            assertThat(aot.keepTrainedCache()).isTrue();
        } finally {
            System.clearProperty("devstack.java25.home");
        }

        assertThat(ServiceLaunch.of(ServiceLaunch.Mode.APP_CDS, root, SPEC).orElseThrow().isTraining()).isFalse();
    }

    @Test
    void the_newest_java_of_at_least_the_version_asked_for_is_found_by_its_release_file() throws IOException {
        Path jvms = Files.createDirectories(root.resolve("jvm"));
        jdk(jvms.resolve("java-17-openjdk-amd64"), "17.0.15");
        jdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3");
        Files.createDirectories(jvms.resolve("openjdk-17"));

        assertThat(JavaHomes.newestUnder(jvms, 25))
                .contains(jvms.resolve("temurin-25-jdk-amd64").resolve("bin").resolve("java"));
        assertThat(JavaHomes.newestUnder(jvms, 26)).isEmpty();
        assertThat(JavaHomes.majorVersion(jvms.resolve("java-17-openjdk-amd64/bin/java"))).contains(17);
    }

    private ServiceLaunch trainedCache() throws IOException {
        ServiceLaunch launch = ServiceLaunch.of(ServiceLaunch.Mode.APP_CDS, root, SPEC).orElseThrow();
        Files.writeString(Path.of(launch.cacheOptions().get(0).substring("-XX:ArchiveClassesAtExit=".length())), "old");
        launch.keepTrainedCache();
        return launch;
    }

    /** A built module: classes of the given time, its jar of another, and one dependency jar. */
    private Path built(Instant classesTime, Instant jarTime) throws IOException {
        Path target = Files.createDirectories(root.resolve("eligibility-service/target"));
        Path classFile = Files.createDirectories(target.resolve("classes/se")).resolve("Application.class");
        Files.writeString(classFile, "class");
        Files.setLastModifiedTime(classFile, FileTime.from(classesTime));
        Path jar = target.resolve("eligibility-service-0.1.0-SNAPSHOT.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(jarTime));
        Files.writeString(target.resolve("eligibility-service-0.1.0-SNAPSHOT-tests.jar"), "tests");
        Files.writeString(dependency(), "dependency");
        Files.writeString(target.resolve("runtime-classpath.txt"), dependency().toString());
        return jar;
    }

    private Path dependency() {
        return root.resolve("micronaut-core.jar");
    }

    private static void jdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
    }
}
