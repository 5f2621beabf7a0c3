package se.jamtland.k8s;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One overlay as {@code kubectl kustomize} renders it (issue 16 §3: "CI renders both overlays"), every document
 * parsed. Rendered once per overlay and test run.
 */
final class Rendered {

    private static final Map<String, Rendered> OVERLAYS = new ConcurrentHashMap<>();

    private final String overlay;
    private final List<Resource> resources;

    private Rendered(String overlay, List<Resource> resources) {
        this.overlay = overlay;
        this.resources = resources;
    }

    static Rendered overlay(String name) {
        return OVERLAYS.computeIfAbsent(name, Rendered::render);
    }

    String name() {
        return overlay;
    }

    List<Resource> all() {
        return resources;
    }

    List<Resource> ofKind(String kind) {
        return resources.stream().filter(resource -> resource.kind().equals(kind)).toList();
    }

    Resource one(String kind, String name) {
        return resources.stream()
                .filter(resource -> resource.kind().equals(kind) && resource.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    /** Deployments and StatefulSets: whatever runs pods. */
    List<Resource> workloads() {
        return resources.stream()
                .filter(resource -> resource.kind().equals("Deployment") || resource.kind().equals("StatefulSet"))
                .toList();
    }

    /** The repository's root: the first folder up from here whose pom.xml lists this module. */
    static Path repositoryRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null) {
            Path pom = folder.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<module>k8s-checks</module>")) {
                return folder;
            }
            folder = folder.getParent();
        }
        throw new AssertionError("no pom.xml listing the module k8s-checks above " + Path.of("").toAbsolutePath());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rendered render(String overlay) {
        Path root = repositoryRoot();
        Path output = root.resolve("k8s-checks/target/rendered-" + overlay + ".yaml");
        Path errors = root.resolve("k8s-checks/target/rendered-" + overlay + ".err");
        Process kubectl;
        try {
            Files.createDirectories(output.getParent());
            kubectl = new ProcessBuilder("kubectl", "kustomize", "k8s/overlays/" + overlay)
                    .directory(root.toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .start();
        } catch (IOException e) {
            // Never a skip: CI without kubectl would otherwise pass without checking a single manifest.
            throw new AssertionError("kubectl is not on the PATH; install it (Debian: `apt-get install kubernetes-client`,"
                    + " as .ci/run does) to render k8s/overlays/" + overlay, e);
        }
        try {
            if (!kubectl.waitFor(2, TimeUnit.MINUTES)) {
                kubectl.destroyForcibly();
                throw new AssertionError("kubectl kustomize k8s/overlays/" + overlay + " did not finish in 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted rendering " + overlay, e);
        }
        if (kubectl.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize k8s/overlays/" + overlay + " failed: " + read(errors));
        }
        List<Resource> resources = new ArrayList<>();
        for (Object document : new Yaml().loadAll(read(output))) {
            if (document != null) {
                resources.add(new Resource(Yamls.map(document)));
            }
        }
        return new Rendered(overlay, List.copyOf(resources));
    }

    /** One rendered document. */
    record Resource(Map<String, Object> document) {

        String kind() {
            return Objects.toString(document.get("kind"));
        }

        String name() {
            return Yamls.string(document, "metadata", "name");
        }

        Map<String, Object> spec() {
            return Yamls.map(document, "spec");
        }

        /** What a Deployment's or StatefulSet's pods are labelled with. */
        Map<String, Object> podLabels() {
            return Yamls.map(document, "spec", "template", "metadata", "labels");
        }

        Map<String, Object> podSpec() {
            return Yamls.map(document, "spec", "template", "spec");
        }

        List<Map<String, Object>> containers() {
            return Yamls.maps(podSpec().get("containers"));
        }

        @Override
        public String toString() {
            return kind() + " " + name();
        }
    }
}
