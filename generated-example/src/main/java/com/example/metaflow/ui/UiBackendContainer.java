package com.example.metaflow.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.ecs.TaskDefinition;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The UI backend container: {@code services.ui_backend_service.ui_server} of the metadata service
 * image, serving both the UI's API and its bundle from the root of port 8083.
 *
 * <p>Why the root (Netflix/metaflow-service, {@code services/ui_backend_service/}): {@code ui_server.py}
 * mounts every API route, the read-only {@code /metadata} sub-application, the websocket {@code /ws}
 * and, last, the bundle ({@code frontend.py}: {@code /static}, the root files, and a catch-all that
 * returns {@code index.html}) on one application, which it nests under {@code PATH_PREFIX} when that
 * is set. With {@code PATH_PREFIX=/api/} the bundle moves under {@code /api/} too while its
 * {@code index.html} still loads {@code /static/...} from the root: the page 404s. Without a prefix
 * all of it is at the root, and {@code frontend.py} injects {@code window.METAFLOW_SERVICE} (env
 * {@code METAFLOW_SERVICE}, default "/") as the bundle's API base; the bundle (Netflix/metaflow-ui
 * {@code src/constants.ts}, {@code src/ws/index.ts}) then calls {@code /flows...} and opens
 * {@code wss://<host>/ws}. The image ships the bundle matched to its release: the repository's
 * {@code Dockerfile} (built by {@code .github/workflows/dockerimage.yml} with its default arguments)
 * sets {@code UI_ENABLED=1}, {@code UI_VERSION=v1.3.13} in v2.5.1 and runs {@code download_ui.sh}.
 */
final class UiBackendContainer {

    /** Port of the UI backend ({@code MF_UI_METADATA_PORT}, default 8083). */
    static final int PORT = 8083;
    /** {@code AdminApi} ({@code api/admin.py}): GET /ping answers 200 "pong" once the server runs. */
    static final String HEALTH_PATH = "/ping";
    /** What the bundle uses as its API base URL ({@code frontend.py}). */
    static final String API_BASE = "/";

    private UiBackendContainer() {
    }

    static ContainerDefinitionOptions options(Construct scope, TaskDefinition taskDefinition, MetaflowUiProps props) {
        return ContainerDefinitionOptions.builder()
                .image(props.service().containerImage(taskDefinition))
                .command(List.of("/opt/latest/bin/python3", "-m", "services.ui_backend_service.ui_server"))
                .portMappings(List.of(PortMapping.builder().containerPort(PORT).build()))
                .environment(environment(props))
                .secrets(Map.of("MF_METADATA_DB_PSWD",
                        Secret.fromSecretsManager(props.service().database().secret(), "password")))
                .healthCheck(HealthCheck.builder()
                        .command(List.of("CMD-SHELL", "python3 -c \"import urllib.request; urllib.request"
                                + ".urlopen('http://localhost:" + PORT + HEALTH_PATH + "', timeout=4)\""))
                        .startPeriod(Duration.seconds(120))
                        .build())
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder()
                        .streamPrefix("ui")
                        .logGroup(LogGroup.Builder.create(scope, "Logs")
                                .retention(RetentionDays.THREE_MONTHS).removalPolicy(RemovalPolicy.DESTROY).build())
                        .build()))
                .build();
    }

    /**
     * The database settings of the metadata service plus the UI's own. No {@code PATH_PREFIX} (see
     * the class comment); the embedded Metaflow client reads metadata from this same process at
     * {@code /metadata} ({@code ui_server.py} defaults {@code METAFLOW_SERVICE_URL} to it).
     */
    private static Map<String, String> environment(MetaflowUiProps props) {
        Map<String, String> environment = new TreeMap<>(props.service().databaseEnvironment());
        String datastoreRoot = props.datastore().sysrootUrl();
        environment.putAll(Map.of("UI_ENABLED", "1", "METAFLOW_SERVICE", API_BASE,
                "MF_DATASTORE_ROOT", datastoreRoot, "METAFLOW_DATASTORE_SYSROOT_S3", datastoreRoot,
                "METAFLOW_SERVICE_URL", "http://localhost:" + PORT + "/metadata",
                "METAFLOW_DEFAULT_DATASTORE", "s3", "METAFLOW_DEFAULT_METADATA", "service"));
        return environment;
    }
}
