package {{package}}.ui;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and for whom the Metaflow UI is served.
 *
 * @param domainName the UI's host name, inside {@code hostedZoneName}
 * @param hostedZoneName the Route 53 public hosted zone, looked up at synthesis
 * @param authentication how users sign in
 * @param internal whether the load balancer is reachable only from inside the VPC
 */
public record UiOptions(String domainName, String hostedZoneName, UiAuthentication authentication,
        boolean internal) {

    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}");

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link UiOptions}. */
    public static final class Builder {
        private String domainName;
        private String hostedZoneName;
        private UiAuthentication authentication = UiAuthentication.cognito();
        private boolean internal;

        /** Host name of the UI, e.g. "metaflow.example.com"; gets a DNS-validated certificate. Required. */
        public Builder domainName(String domainName) {
            this.domainName = domainName;
            return this;
        }

        /** Route 53 hosted zone holding {@code domainName}, e.g. "example.com". Required. */
        public Builder hostedZoneName(String hostedZoneName) {
            this.hostedZoneName = hostedZoneName;
            return this;
        }

        /** How users sign in. @default {@link UiAuthentication#cognito()} */
        public Builder authentication(UiAuthentication authentication) {
            this.authentication = authentication;
            return this;
        }

        /** Serve the UI from an internal load balancer (VPN or Direct Connect users only). @default false */
        public Builder internal(boolean internal) {
            this.internal = internal;
            return this;
        }

        public UiOptions build() {
            Objects.requireNonNull(authentication, "authentication is required");
            if (hostedZoneName == null || !DOMAIN.matcher(hostedZoneName).matches()) {
                throw new IllegalArgumentException("hostedZoneName must be a domain name like \"example.com\", got \""
                        + hostedZoneName + "\".");
            }
            if (domainName == null || !DOMAIN.matcher(domainName).matches()
                    || !(domainName.equals(hostedZoneName) || domainName.endsWith("." + hostedZoneName))) {
                throw new IllegalArgumentException("domainName must be a host name inside hosted zone "
                        + hostedZoneName + ", got \"" + domainName + "\". Use e.g. \"metaflow." + hostedZoneName
                        + "\".");
            }
            return new UiOptions(domainName, hostedZoneName, authentication, internal);
        }
    }
}
