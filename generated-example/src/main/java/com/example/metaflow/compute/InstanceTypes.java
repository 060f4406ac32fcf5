package com.example.metaflow.compute;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awscdk.services.ec2.InstanceClass;

/** EC2 instance type names as Batch takes them: one size ("c5.large") or a whole family ("c5"). */
final class InstanceTypes {

    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9]+)?");

    private InstanceTypes() {
    }

    /** Throws when one of {@code instanceTypes} is neither an EC2 instance type nor a family CDK knows. */
    static void check(List<String> instanceTypes) {
        for (String type : instanceTypes) {
            if (!INSTANCE_TYPE.matcher(type).matches() || (isFamily(type) && instanceClass(type).isEmpty())) {
                throw new IllegalArgumentException("instanceTypes contains \"" + type + "\", which is not an"
                        + " EC2 instance type or family. Use names like \"c5.large\" or \"m5\".");
            }
        }
    }

    /** Whether {@code instanceType} names a whole family ("c5") rather than one size ("c5.large"). */
    static boolean isFamily(String instanceType) {
        return !instanceType.contains(".");
    }

    /** The instance class of a family name, if CDK knows it. */
    static Optional<InstanceClass> instanceClass(String family) {
        try {
            return Optional.of(InstanceClass.valueOf(family.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
