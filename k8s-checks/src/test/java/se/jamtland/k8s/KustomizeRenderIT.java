package se.jamtland.k8s;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import se.jamtland.k8s.Rendered.Resource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 §3: both overlays render with {@code kubectl kustomize}, and what they render keeps the rules a county
 * platform team checks (probes, limits, non-root, default deny, database isolation, replication settings, no secret
 * values, no dev IdP in prod). No cluster: the rendered documents are the subject.
 */
class KustomizeRenderIT {

    private static final Set<String> UNITS = Set.of("cmv-service", "minimaria-service", "familjeradgivning-service",
            "barnahus-service");
    private static final Set<String> STATISTICS = Set.of("statistics-service", "statistics-consumer");
    private static final String ACTIVITY_TOPIC = "county.activity.v1";
    private static final String DEAD_LETTER_TOPIC = "county.activity.v1.dlt";
    /** A tag after the last path segment's colon, or a digest. */
    private static final Pattern PINNED = Pattern.compile(".*(@sha256:[0-9a-f]{64}|:[A-Za-z0-9_][A-Za-z0-9._-]{0,127})");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasAStartupAReadinessAndALivenessProbe(String overlay) {
        for (Resource workload : Rendered.overlay(overlay).workloads()) {
            for (Map<String, Object> container : workload.containers()) {
                assertThat(container).as("%s: %s's probes", workload, container.get("name"))
                        .containsKeys("startupProbe", "readinessProbe", "livenessProbe");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theServicesProbeMicronautsReadinessAndLivenessOnTheManagementPort(String overlay) {
        for (Resource workload : services(Rendered.overlay(overlay))) {
            Map<String, Object> container = workload.containers().get(0);
            assertThat(Yamls.string(container, "readinessProbe", "httpGet", "path")).as("%s readiness", workload)
                    .isEqualTo("/health/readiness");
            assertThat(Yamls.string(container, "livenessProbe", "httpGet", "path")).as("%s liveness", workload)
                    .isEqualTo("/health/liveness");
            assertThat(Yamls.string(container, "livenessProbe", "httpGet", "port")).as("%s probe port", workload)
                    .isEqualTo("management");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRequestsCpuAndHasAMemoryLimitAboveItsHeap(String overlay) {
        for (Resource workload : Rendered.overlay(overlay).workloads()) {
            for (Map<String, Object> container : workload.containers()) {
                Map<String, Object> resources = Yamls.map(container, "resources");
                assertThat(Yamls.string(resources, "requests", "cpu")).as("%s cpu request", workload).isNotBlank();
                String limit = Yamls.string(resources, "limits", "memory");
                assertThat(limit).as("%s memory limit", workload).matches("[0-9]+Mi|[0-9]+Gi");
                heap(container).ifPresent(heapMegabytes -> assertThat(mebibytes(limit))
                        .as("%s: a memory limit of %s leaves room beside a %d MB heap", workload, limit, heapMegabytes)
                        .isGreaterThanOrEqualTo(heapMegabytes + 128));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRunsAsNonRootReadOnlyUnprivilegedWithEveryCapabilityDroppedAndTheDefaultSeccompProfile(
            String overlay) {
        for (Resource workload : Rendered.overlay(overlay).workloads()) {
            Map<String, Object> pod = Yamls.map(workload.podSpec(), "securityContext");
            assertThat(Yamls.string(pod, "seccompProfile", "type")).as("%s seccomp", workload).isEqualTo("RuntimeDefault");
            for (Map<String, Object> container : workload.containers()) {
                Map<String, Object> context = Yamls.map(container, "securityContext");
                String what = workload + " " + container.get("name");
                assertThat(context.get("runAsNonRoot")).as("%s runAsNonRoot", what).isEqualTo(true);
                assertThat(context.get("readOnlyRootFilesystem")).as("%s readOnlyRootFilesystem", what).isEqualTo(true);
                assertThat(context.get("allowPrivilegeEscalation")).as("%s allowPrivilegeEscalation", what)
                        .isEqualTo(false);
                assertThat(Yamls.list(Yamls.map(context, "capabilities").get("drop"))).as("%s drops", what)
                        .containsExactly("ALL");
                assertThat(Yamls.maps(container.get("volumeMounts"))).as("%s has a writable /tmp", what)
                        .anySatisfy(mount -> assertThat(mount.get("mountPath")).isEqualTo("/tmp"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyImageIsPinnedToAVersionTagOrADigestAndNoneIsLatest(String overlay) {
        List<String> images = Rendered.overlay(overlay).workloads().stream()
                .flatMap(workload -> workload.containers().stream())
                .map(container -> Yamls.string(container, "image"))
                .toList();
        assertThat(images).isNotEmpty().allSatisfy(image -> {
            String lastSegment = image.substring(image.lastIndexOf('/') + 1);
            assertThat(lastSegment).as(image).matches(PINNED);
            assertThat(image).as(image).doesNotEndWith(":latest");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSecretValueIsInTheManifests(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        for (Resource secret : rendered.ofKind("Secret")) {
            assertThat(secret.document()).as("%s holds values", secret).doesNotContainKeys("data", "stringData");
        }
        // A credential reaches a container from a Secret only, never as a literal value.
        for (Resource workload : rendered.workloads()) {
            for (Map<String, Object> container : workload.containers()) {
                for (Map<String, Object> variable : Yamls.maps(container.get("env"))) {
                    String name = Yamls.string(variable, "name");
                    if (name.matches(".*(PASSWORD|SECRET|_KEY|JAAS).*")) {
                        assertThat(Yamls.map(variable, "valueFrom")).as("%s %s from a Secret", workload, name)
                                .containsKey("secretKeyRef");
                    }
                }
            }
        }
    }

    /**
     * Issue 16 §1: a service reads its production settings from the environment only. Which variables each one
     * requires, the service itself says (release-checks' ProductionStartIT starts each jar without them and holds
     * every Deployment to the list it prints); here, what the manifests add around that list.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceIsToldItsManagementPortAndEveryKafkaClientItsProtocolAndAUnitItsOwnVisitorCodeKey(
            String overlay) {
        for (Resource workload : services(Rendered.overlay(overlay))) {
            Map<String, Map<String, Object>> env = new java.util.HashMap<>();
            Yamls.maps(workload.containers().get(0).get("env"))
                    .forEach(variable -> env.put(Yamls.string(variable, "name"), variable));
            assertThat(env.get("ENDPOINTS_ALL_PORT")).as("%s ENDPOINTS_ALL_PORT", workload)
                    .containsEntry("value", "9090");
            if (env.containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(env.get("KAFKA_SECURITY_PROTOCOL")).as("%s KAFKA_SECURITY_PROTOCOL", workload)
                        .containsEntry("value", "SASL_SSL");
            }
            if (UNITS.contains(workload.name())) {
                String unit = workload.name().substring(0, workload.name().length() - "-service".length());
                assertThat(Yamls.map(env.get("VISITOR_CODE_KEY"), "valueFrom", "secretKeyRef"))
                        .as("%s VISITOR_CODE_KEY", workload)
                        .isEqualTo(Map.of("name", unit + "-visitor-code", "key", "key"));
            }
        }
    }

    /**
     * Issue 16 §2: every service takes its trace exporter from suite-config (prod exports OTLP to the collector,
     * dev exports nothing), and may reach the collector and nothing more for it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceTakesItsTraceExporterFromSuiteConfigAndMayReachOnlyTheCollectorForIt(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        for (Resource workload : services(rendered)) {
            Map<String, Map<String, Object>> env = new java.util.HashMap<>();
            Yamls.maps(workload.containers().get(0).get("env"))
                    .forEach(variable -> env.put(Yamls.string(variable, "name"), variable));
            for (String name : List.of("OTEL_TRACES_EXPORTER", "OTEL_EXPORTER_OTLP_PROTOCOL",
                    "OTEL_EXPORTER_OTLP_ENDPOINT")) {
                assertThat(Yamls.map(env.get(name), "valueFrom", "configMapKeyRef")).as("%s %s", workload, name)
                        .isEqualTo(Map.of("name", "suite-config", "key", name));
            }
        }
        assertThat(Yamls.string(rendered.one("ConfigMap", "suite-config").document(), "data",
                "OTEL_TRACES_EXPORTER")).isEqualTo(overlay.equals("prod") ? "otlp" : "none");
        Resource collector = rendered.one("NetworkPolicy", "allow-otel-collector");
        assertThat(Yamls.list(collector.spec().get("policyTypes"))).containsExactly("Egress");
        assertThat(Yamls.maps(collector.spec().get("egress"))).singleElement()
                .satisfies(rule -> assertThat(Yamls.maps(rule.get("ports")))
                        .containsExactly(Map.of("protocol", "TCP", "port", 4318)));
        for (Resource workload : services(rendered)) {
            assertThat(Selectors.matches(Yamls.map(collector.spec(), "podSelector"), workload.podLabels()))
                    .as("%s may send its spans", workload).isTrue();
        }
    }

    @Test
    void theDevIdpIsInTheDevOverlayOnly() {
        assertThat(Rendered.overlay("dev").one("Deployment", "dev-idp").containers()).isNotEmpty();
        Rendered prod = Rendered.overlay("prod");
        assertThat(prod.all()).as("prod renders nothing of the dev IdP")
                .noneSatisfy(resource -> assertThat(resource.name()).contains("dev-idp"));
        assertThat(prod.workloads()).allSatisfy(workload -> assertThat(workload.containers())
                .noneSatisfy(container -> assertThat(Yamls.string(container, "image")).contains("dev-idp")));
        assertThat(Yamls.string(prod.one("ConfigMap", "suite-config").document(), "data", "SECURITY_OIDC_ISSUER"))
                .startsWith("https://").doesNotContain("dev-idp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aDefaultDenyPolicyCoversEveryPodInBothDirections(String overlay) {
        assertThat(Rendered.overlay(overlay).ofKind("NetworkPolicy")).anySatisfy(policy -> {
            assertThat(policy.spec().get("podSelector")).isEqualTo(Map.of());
            assertThat(Yamls.list(policy.spec().get("policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.spec()).doesNotContainKeys("ingress", "egress");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachDatabaseAdmitsOnlyItsOwnService(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        List<Resource> databases = rendered.ofKind("StatefulSet");
        assertThat(databases.stream().map(Resource::name))
                .containsExactlyInAnyOrder("cmv-db", "minimaria-db", "familjeradgivning-db", "barnahus-db", "statistics-db");
        for (Resource database : databases) {
            Set<String> owners = database.name().equals("statistics-db")
                    ? STATISTICS : Set.of(database.name().replace("-db", "-service"));
            Set<String> admitted = new TreeSet<>();
            for (Resource policy : rendered.ofKind("NetworkPolicy")) {
                if (!Yamls.list(policy.spec().get("policyTypes")).contains("Ingress")
                        || !Selectors.matches(Yamls.map(policy.spec(), "podSelector"), database.podLabels())) {
                    continue;
                }
                for (Map<String, Object> rule : Yamls.maps(policy.spec().get("ingress"))) {
                    List<Map<String, Object>> from = Yamls.maps(rule.get("from"));
                    assertThat(from).as("%s admits %s from everywhere", policy, database).isNotEmpty();
                    for (Map<String, Object> peer : from) {
                        assertThat(peer).as("%s admits %s from outside the namespace", policy, database)
                                .containsOnlyKeys("podSelector");
                        Set<String> peers = rendered.workloads().stream()
                                .filter(workload -> Selectors.matches(Yamls.map(peer, "podSelector"), workload.podLabels()))
                                .map(Resource::name)
                                .collect(Collectors.toSet());
                        assertThat(peers).as("%s admits to %s", policy, database).isNotEmpty();
                        admitted.addAll(peers);
                    }
                }
            }
            assertThat(admitted).as("who reaches %s", database).isEqualTo(new TreeSet<>(owners));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eligibilityAdmitsTheUnitsTheGatewayAndStatisticsAndOnlyTheGatewayTheUnitsAndTheDashboardFaceTheIngress(
            String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        assertThat(admittedWorkloads(rendered, "eligibility-service"))
                .containsAll(UNITS).contains("gateway").containsAll(STATISTICS);
        Set<String> facingIngress = new TreeSet<>();
        for (Resource policy : rendered.ofKind("NetworkPolicy")) {
            for (Map<String, Object> rule : Yamls.maps(policy.spec().get("ingress"))) {
                boolean fromIngressController = Yamls.maps(rule.get("from")).stream()
                        .anyMatch(peer -> "ingress-nginx".equals(Yamls.string(peer, "namespaceSelector", "matchLabels",
                                "kubernetes.io/metadata.name")));
                if (fromIngressController) {
                    rendered.workloads().stream()
                            .filter(workload -> Selectors.matches(Yamls.map(policy.spec(), "podSelector"),
                                    workload.podLabels()))
                            .forEach(workload -> facingIngress.add(workload.name()));
                }
            }
        }
        Set<String> expected = new TreeSet<>(UNITS);
        expected.add("gateway");
        expected.add("statistics-service");
        if (overlay.equals("dev")) {
            expected.add("dev-idp"); // the staff UIs' login form
        }
        assertThat(facingIngress).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyWorkloadHasAPodDisruptionBudget(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        for (Resource workload : rendered.workloads()) {
            assertThat(rendered.ofKind("PodDisruptionBudget")).as("a PDB for %s", workload)
                    .anySatisfy(pdb -> assertThat(Selectors.matches(Yamls.map(pdb.spec(), "selector"),
                            workload.podLabels())).isTrue());
        }
    }

    @Test
    void onlyTheGatewayEligibilityAndStatisticsApiScaleAndTheUnitsAndTheConsumerStaySingle() {
        Rendered prod = Rendered.overlay("prod");
        assertThat(prod.ofKind("HorizontalPodAutoscaler").stream()
                .map(hpa -> Yamls.string(hpa.spec(), "scaleTargetRef", "name")))
                .containsExactlyInAnyOrder("gateway", "eligibility-service", "statistics-service");
        for (String single : Set.of("cmv-service", "minimaria-service", "familjeradgivning-service",
                "barnahus-service", "statistics-consumer")) {
            assertThat(prod.one("Deployment", single).spec().get("replicas")).as(single).isEqualTo(1);
        }
        Map<String, Object> api = prod.one("Deployment", "statistics-service").containers().get(0);
        assertThat(Yamls.maps(api.get("env"))).contains(Map.of("name", "STATISTICS_CONSUMER_ENABLED", "value", "false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaRunsInKraftModeOnThreeBrokersThatNeverElectAnUncleanLeader(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        Resource kafka = rendered.one("Kafka", "county-kafka");
        assertThat(Yamls.map(kafka.document(), "metadata", "annotations"))
                .containsEntry("strimzi.io/kraft", "enabled").containsEntry("strimzi.io/node-pools", "enabled");
        Map<String, Object> config = Yamls.map(kafka.spec(), "kafka", "config");
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                .containsEntry("unclean.leader.election.enable", false);
        assertThat(rendered.ofKind("KafkaNodePool")).singleElement().satisfies(pool -> {
            assertThat(pool.spec().get("replicas")).isEqualTo(3);
            assertThat(Yamls.list(pool.spec().get("roles"))).contains("broker");
        });
        assertThat(Yamls.map(kafka.spec(), "kafka")).doesNotContainKey("zookeeper");
        assertThat(kafka.spec()).doesNotContainKey("zookeeper");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaAdmitsOnlyTheUnitsAndStatistics(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        Set<String> peers = new TreeSet<>();
        for (Map<String, Object> listener : Yamls.maps(Yamls.map(rendered.one("Kafka", "county-kafka").spec(), "kafka")
                .get("listeners"))) {
            List<Map<String, Object>> listenerPeers = Yamls.maps(listener.get("networkPolicyPeers"));
            assertThat(listenerPeers).as("listener %s admits everyone", listener.get("name")).isNotEmpty();
            for (Map<String, Object> peer : listenerPeers) {
                assertThat(peer).containsOnlyKeys("podSelector");
                rendered.workloads().stream()
                        .filter(workload -> Selectors.matches(Yamls.map(peer, "podSelector"), workload.podLabels()))
                        .forEach(workload -> peers.add(workload.name()));
            }
        }
        Set<String> expected = new TreeSet<>(UNITS);
        expected.addAll(STATISTICS);
        assertThat(peers).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theActivityTopicKeepsNoRecordLongerThanStatisticsRecognisesARedeliveryAndBothTopicsAreReplicatedThrice(
            String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        Resource activity = topic(rendered, ACTIVITY_TOPIC);
        Resource deadLetter = topic(rendered, DEAD_LETTER_TOPIC);
        for (Resource topic : List.of(activity, deadLetter)) {
            assertThat(topic.spec().get("replicas")).as("%s replicas", topic).isEqualTo(3);
            assertThat((Integer) topic.spec().get("partitions")).as("%s partitions", topic).isPositive();
            assertThat(Yamls.map(topic.spec(), "config")).as("%s retention", topic).containsKey("retention.ms");
        }
        Map<String, Object> config = Yamls.map(activity.spec(), "config");
        long onTopicAtMost = ((Number) config.get("retention.ms")).longValue() + ((Number) config.get("segment.ms")).longValue();
        assertThat(Duration.ofMillis(onTopicAtMost)).as("retention + segment against statistics' redelivery-window")
                .isLessThanOrEqualTo(redeliveryWindow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachUnitMayOnlyWriteTheActivityTopicAndStatisticsOnlyReadItInItsGroupAndWriteTheDeadLetterTopic(
            String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        for (String unit : UNITS) {
            Resource user = rendered.one("KafkaUser", unit.replace("-service", "-kafka"));
            assertThat(acls(user)).as(user.toString()).containsExactlyInAnyOrder(
                    "topic " + ACTIVITY_TOPIC + " Write", "topic " + ACTIVITY_TOPIC + " Describe");
        }
        assertThat(acls(rendered.one("KafkaUser", "statistics-kafka"))).containsExactlyInAnyOrder(
                "topic " + ACTIVITY_TOPIC + " Read", "topic " + ACTIVITY_TOPIC + " Describe",
                "group county-statistics Read",
                "topic " + DEAD_LETTER_TOPIC + " Write", "topic " + DEAD_LETTER_TOPIC + " Describe");
        assertThat(rendered.ofKind("KafkaUser")).hasSize(UNITS.size() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceIsScrapedAndEveryAlertOfTheIssueIsARule(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        Map<String, Object> monitor = rendered.one("ServiceMonitor", "lansverksamheter").spec();
        assertThat(Yamls.maps(monitor.get("endpoints"))).singleElement()
                .satisfies(endpoint -> assertThat(endpoint).containsEntry("port", "management").containsEntry("path", "/prometheus"));
        for (Resource service : rendered.ofKind("Service")) {
            boolean ofTheSuite = rendered.workloads().stream()
                    .filter(workload -> workload.kind().equals("Deployment") && !workload.name().equals("dev-idp"))
                    .anyMatch(workload -> Selectors.matchLabelsOnly(Yamls.map(service.spec(), "selector"), workload.podLabels()));
            if (ofTheSuite) {
                assertThat(Selectors.matches(Yamls.map(monitor, "selector"), Yamls.map(service.document(), "metadata", "labels")))
                        .as("%s scraped", service).isTrue();
            }
        }
        Set<String> alerts = Yamls.maps(rendered.one("PrometheusRule", "lansverksamheter").spec().get("groups")).stream()
                .flatMap(group -> Yamls.maps(group.get("rules")).stream())
                .map(rule -> Yamls.string(rule, "alert"))
                .collect(Collectors.toSet());
        // Issue 16 §2 added AccessLogChainNotChecked: AccessLogChainBroken can only fire while the chain is checked.
        assertThat(alerts).containsExactlyInAnyOrder("OutboxBacklogOlderThan5Minutes", "ActivityEventsInDeadLetterTopic",
                "StatisticsConsumerLagGrowing", "AccessLogChainBroken", "AccessLogChainNotChecked", "GallringFailed",
                "GallringNotRunFor2Days");
    }

    private static List<Resource> services(Rendered rendered) {
        return rendered.ofKind("Deployment").stream().filter(deployment -> !deployment.name().equals("dev-idp")).toList();
    }

    private static Set<String> admittedWorkloads(Rendered rendered, String target) {
        Resource workload = rendered.one("Deployment", target);
        Set<String> admitted = new TreeSet<>();
        for (Resource policy : rendered.ofKind("NetworkPolicy")) {
            if (!Selectors.matches(Yamls.map(policy.spec(), "podSelector"), workload.podLabels())) {
                continue;
            }
            for (Map<String, Object> rule : Yamls.maps(policy.spec().get("ingress"))) {
                for (Map<String, Object> peer : Yamls.maps(rule.get("from"))) {
                    if (peer.containsKey("podSelector") && !peer.containsKey("namespaceSelector")) {
                        rendered.workloads().stream()
                                .filter(other -> Selectors.matches(Yamls.map(peer, "podSelector"), other.podLabels()))
                                .forEach(other -> admitted.add(other.name()));
                    }
                }
            }
        }
        return admitted;
    }

    private static Resource topic(Rendered rendered, String name) {
        return rendered.ofKind("KafkaTopic").stream()
                .filter(topic -> name.equals(Yamls.string(topic.spec(), "topicName")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(rendered.name() + " has no KafkaTopic " + name));
    }

    private static List<String> acls(Resource user) {
        return Yamls.maps(Yamls.map(user.spec(), "authorization").get("acls")).stream()
                .flatMap(acl -> Yamls.list(acl.get("operations")).stream()
                        .map(operation -> Yamls.string(acl, "resource", "type") + " "
                                + Yamls.string(acl, "resource", "name") + " " + operation))
                .toList();
    }

    /** statistics.consumer.redelivery-window from statistics-service's own configuration, the one source. */
    private static Duration redeliveryWindow() {
        String yaml = Rendered.read(Rendered.repositoryRoot().resolve("statistics-service/src/main/resources/application.yml"));
        Object window = Yamls.map(new Yaml().load(yaml), "statistics", "consumer").get("redelivery-window");
        assertThat(window).as("statistics.consumer.redelivery-window").isNotNull();
        return Duration.parse(window.toString());
    }

    private static java.util.Optional<Integer> heap(Map<String, Object> container) {
        return Yamls.maps(container.get("env")).stream()
                .filter(variable -> "JAVA_TOOL_OPTIONS".equals(variable.get("name")))
                .map(variable -> Pattern.compile("-Xmx([0-9]+)m").matcher(Yamls.string(variable, "value")))
                .filter(java.util.regex.Matcher::find)
                .map(matcher -> Integer.parseInt(matcher.group(1)))
                .findFirst();
    }

    private static int mebibytes(String quantity) {
        int amount = Integer.parseInt(quantity.substring(0, quantity.length() - 2));
        return quantity.endsWith("Gi") ? amount * 1024 : amount;
    }
}
