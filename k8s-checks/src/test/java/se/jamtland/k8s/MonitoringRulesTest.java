package se.jamtland.k8s;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import se.jamtland.runtime.metrics.SuiteMeters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * k8s/base/monitoring.yaml's alerts use only metrics the services publish (issue 16 §2 and §3): every suite and
 * statistics name in a rule's expression is one of service-runtime's SuiteMeters, whose names the services' tests
 * find on /prometheus, and every Kafka client name one of those SuiteMeters lists. A renamed meter fails here, not
 * silently in production as an alert that can never fire.
 */
class MonitoringRulesTest {

    private static final Pattern METRIC = Pattern.compile("\\b((?:suite|statistics|kafka)_[a-z_]+)\\b");

    @Test
    void every_metric_an_alert_uses_is_one_the_services_publish() {
        List<String> expressions = expressions();
        Set<String> used = new TreeSet<>();
        for (String expression : expressions) {
            Matcher matcher = METRIC.matcher(expression);
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        List<String> published = new ArrayList<>(SuiteMeters.PROMETHEUS_NAMES);
        published.addAll(SuiteMeters.ALERTED_KAFKA_CLIENT_NAMES);

        assertThat(expressions).hasSizeGreaterThanOrEqualTo(6);
        assertThat(used).contains("suite_outbox_oldest_pending_age_seconds", "statistics_dead_letter_records_total",
                "suite_audit_chain_broken", "suite_gallring_runs_total");
        assertThat(used).allSatisfy(name -> assertThat(published).as(name).contains(name));
        assertThat(String.join("\n", expressions))
                .contains("client_id=~\"" + SuiteMeters.STATISTICS_KAFKA_CLIENT_PREFIX);
    }

    @SuppressWarnings("unchecked")
    private static List<String> expressions() {
        String text = Rendered.read(Rendered.repositoryRoot().resolve("k8s/base/monitoring.yaml"));
        List<String> expressions = new ArrayList<>();
        StreamSupport.stream(new Yaml().loadAll(text).spliterator(), false)
                .map(document -> (Map<String, Object>) document)
                .filter(document -> "PrometheusRule".equals(document.get("kind")))
                .forEach(rule -> Yamls.maps(Yamls.map(rule, "spec").get("groups")).forEach(group ->
                        Yamls.maps(group.get("rules")).forEach(alert -> expressions.add(alert.get("expr").toString()))));
        return expressions;
    }
}
