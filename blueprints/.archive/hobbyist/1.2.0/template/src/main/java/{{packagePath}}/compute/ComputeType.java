package {{package}}.compute;

/** What runs the {@code @batch} steps. */
public enum ComputeType {

    /**
     * EC2 instances managed by AWS Batch: any instance type, GPUs, shared memory and swap;
     * instances start in a few minutes.
     */
    EC2,

    /**
     * AWS Fargate: nothing to choose but vCPU and memory per step (at most 16 vCPU and
     * 120 GiB, no GPU); tasks start in about a minute.
     */
    FARGATE
}
