package {{package}}.monitoring;

import {{package}}.metadata.MetadataLoadBalancer;
import {{package}}.metadata.MetadataService;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Properties of {@link Monitoring}.
 *
 * @param service the metadata service and its database
 * @param loadBalancer the internal load balancer, whose 5xx count is watched, if any
 * @param minimumTasks fewer running tasks than this raises an alarm
 * @param alarmEmail address subscribed to the alarm topic, if any
 */
public record MonitoringProps(MetadataService service, Optional<MetadataLoadBalancer> loadBalancer, int minimumTasks,
        Optional<String> alarmEmail) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MonitoringProps}. */
    public static final class Builder {
        private MetadataService service;
        private MetadataLoadBalancer loadBalancer;
        private int minimumTasks = 1;
        private String alarmEmail;

        /** The metadata service to watch. Required. */
        public Builder service(MetadataService service) {
            this.service = service;
            return this;
        }

        /** The internal load balancer, for the 5xx alarm. @default none: no 5xx alarm */
        public Builder loadBalancer(MetadataLoadBalancer loadBalancer) {
            this.loadBalancer = loadBalancer;
            return this;
        }

        /** Alarm when fewer tasks than this run for 5 minutes; the service's desired count. @default 1 */
        public Builder minimumTasks(int minimumTasks) {
            this.minimumTasks = minimumTasks;
            return this;
        }

        /** Email address subscribed to the alarm topic; it must confirm the subscription. @default none */
        public Builder alarmEmail(String alarmEmail) {
            this.alarmEmail = alarmEmail;
            return this;
        }

        public MonitoringProps build() {
            Objects.requireNonNull(service, "service is required");
            if (minimumTasks < 1) {
                throw new IllegalArgumentException("minimumTasks must be at least 1, got " + minimumTasks + ".");
            }
            if (alarmEmail != null && !EMAIL.matcher(alarmEmail).matches()) {
                throw new IllegalArgumentException("alarmEmail must be an email address, got \"" + alarmEmail
                        + "\". Use e.g. \"ml-platform@example.com\", or leave it unset and subscribe to the topic.");
            }
            return new MonitoringProps(service, Optional.ofNullable(loadBalancer), minimumTasks,
                    Optional.ofNullable(alarmEmail));
        }
    }
}
