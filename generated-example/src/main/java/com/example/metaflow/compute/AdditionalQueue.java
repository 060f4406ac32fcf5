package com.example.metaflow.compute;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A further Batch job queue with its own EC2 compute environment (scaling from 0), chosen per step
 * with {@code @batch(queue="<queue ARN or name>")}.
 *
 * @param name short name, used in construct ids and the stack output {@code JobQueue<name>}
 * @param instanceTypes EC2 instance types or families
 * @param spot whether the compute environment uses Spot capacity
 * @param gpu whether instances boot the ECS GPU (NVIDIA) image
 * @param maxVcpus most vCPUs running at once
 */
public record AdditionalQueue(String name, List<String> instanceTypes, boolean spot, boolean gpu, int maxVcpus) {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]{0,31}");

    public AdditionalQueue {
        Objects.requireNonNull(instanceTypes, "instanceTypes is required");
        instanceTypes = List.copyOf(instanceTypes);
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("queue name must be a capitalized alphanumeric word of at most 32"
                    + " characters, got \"" + name + "\". Use e.g. \"Spot\" or \"Gpu\": it becomes part of construct"
                    + " ids and output names.");
        }
        if (maxVcpus < 1) {
            throw new IllegalArgumentException("maxVcpus of queue " + name + " must be at least 1, got " + maxVcpus
                    + ". It caps the vCPUs the queue may run at once; idle capacity is always 0.");
        }
        if (instanceTypes.isEmpty()) {
            throw new IllegalArgumentException("instanceTypes of queue " + name + " must not be empty. List types"
                    + " or families, e.g. [\"g5\"] for a GPU queue or [\"c6i\", \"m6i\"] for a CPU queue.");
        }
        InstanceTypes.check(instanceTypes);
    }

    /** A CPU queue on on-demand or Spot instances. */
    public static AdditionalQueue cpu(String name, boolean spot, List<String> instanceTypes, int maxVcpus) {
        return new AdditionalQueue(name, instanceTypes, spot, false, maxVcpus);
    }

    /** An on-demand GPU queue; instances boot the ECS GPU-optimized Amazon Linux 2023 image. */
    public static AdditionalQueue gpu(String name, List<String> instanceTypes, int maxVcpus) {
        return new AdditionalQueue(name, instanceTypes, false, true, maxVcpus);
    }
}
