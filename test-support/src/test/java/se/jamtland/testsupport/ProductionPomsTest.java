package se.jamtland.testsupport;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.jamtland.devstack.RepoRoot;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** test-support is for tests only: no module may ship it, so every pom that names it must say test scope. */
class ProductionPomsTest {

    @Test
    void every_module_takes_test_support_in_test_scope_only() throws Exception {
        List<String> modulesUsingIt = new ArrayList<>();
        List<String> outsideTestScope = new ArrayList<>();
        for (Path pom : modulePoms()) {
            String module = pom.getParent().getFileName().toString();
            NodeList dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                    .getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                boolean inManagement = dependency.getParentNode().getParentNode().getNodeName()
                        .equals("dependencyManagement");
                if (!text(dependency, "artifactId").equals("test-support") || inManagement) {
                    continue;
                }
                modulesUsingIt.add(module);
                if (!text(dependency, "scope").equals("test")) {
                    outsideTestScope.add(module);
                }
            }
        }

        assertThat(modulesUsingIt).as("the check reads the poms that use test-support")
                .contains("unit-core", "statistics-service");
        assertThat(outsideTestScope).as("modules that take test-support outside test scope").isEmpty();
    }

    private static List<Path> modulePoms() throws IOException {
        Path root = RepoRoot.locate();
        try (Stream<Path> modules = Files.list(root)) {
            return modules.map(module -> module.resolve("pom.xml")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String text(Element dependency, String tag) {
        NodeList nodes = dependency.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
