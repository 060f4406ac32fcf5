package com.example.metaflow.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.ecs.IBaseService;
import software.constructs.Construct;

/**
 * What {@code just sleep} and {@code just wake} act on, published as the stack output {@value
 * #OUTPUT}: the ECS services with the desired count each is deployed with (the metadata service
 * first, then the UI's, if any), the database, and the alarms whose actions sleep disables (the
 * running-task alarm would otherwise report the sleeping service as down). With {@code restop}, also {@link
 * DatabaseRestop}, which stops the database again when RDS restarts it after seven days asleep.
 *
 * <p>The output is JSON: {@code {"services": [{"cluster": ..., "service": ..., "desiredCount": 1}],
 * "database": {"kind": "instance" or "cluster", "identifier": ...}, "alarms": [...], "restop": true}}.
 */
public final class SleepWake extends Construct {

    /** Key of the stack output the scripts read. */
    public static final String OUTPUT = "SleepWake";

    private final DatabaseRestop restop;

    /** An ECS service put to sleep with the metadata service, such as the UI's, and its deployed count. */
    public record Sleeper(IBaseService service, int desiredCount) {
    }

    public SleepWake(Construct scope, String id, MetadataService metadata, List<Sleeper> others, List<IAlarm> alarms,
            boolean restop) {
        super(scope, id);
        List<Sleeper> sleepers = new ArrayList<>();
        sleepers.add(new Sleeper(metadata.service(), metadata.desiredCount()));
        sleepers.addAll(others);
        List<Map<String, Object>> services = new ArrayList<>();
        for (Sleeper sleeper : sleepers) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("cluster", sleeper.service().getCluster().getClusterName());
            service.put("service", sleeper.service().getServiceName());
            service.put("desiredCount", sleeper.desiredCount());
            services.add(service);
        }
        MetadataDatabase database = metadata.database();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("services", services);
        value.put("database", Map.of("kind", database.isCluster() ? "cluster" : "instance",
                "identifier", database.identifier()));
        value.put("alarms", alarms.stream().map(IAlarm::getAlarmName).toList());
        value.put("restop", restop);
        CfnOutput output = CfnOutput.Builder.create(this, "Output")
                .description("What just sleep and just wake scale and stop or start")
                .value(Stack.of(this).toJsonString(value))
                .build();
        output.overrideLogicalId(OUTPUT);
        this.restop = restop ? new DatabaseRestop(this, "Restop", database, metadata.service()) : null;
    }

    /** The re-stop function and rule, when enabled. */
    public Optional<DatabaseRestop> restop() {
        return Optional.ofNullable(restop);
    }
}
