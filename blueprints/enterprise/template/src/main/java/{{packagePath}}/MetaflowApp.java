package {{package}};

{{#additionalQueues}}
import {{package}}.compute.AdditionalQueue;
{{/additionalQueues}}
import {{package}}.compute.ComputeOptions;
import {{package}}.compute.ComputeType;
import {{package}}.cost.CostOptions;
import {{package}}.datastore.DatastoreEncryption;
import {{package}}.datastore.DatastoreProps;
import {{package}}.metadata.DatabaseEngine;
import {{package}}.metadata.DatabaseOptions;
import {{package}}.metadata.MetadataOptions;
import {{package}}.metadata.ServiceCapacity;
{{#existingVpc}}
import {{package}}.network.ExistingVpcNetworkProps;
{{/existingVpc}}
import {{package}}.network.NetworkFactory;
{{^existingVpc}}
import {{package}}.network.NewVpcNetworkProps;
{{/existingVpc}}
import {{package}}.secrets.SecretsOptions;
{{#ui}}
import {{package}}.ui.UiAuthentication;
import {{package}}.ui.UiOptions;
{{/ui}}
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Entry point of {@code cdk synth}: the enterprise deployment, every choice written out in {@link #configure}. */
public final class MetaflowApp {

    /** The CloudFormation stack name, as {@code cdk deploy} and {@code scripts/metaflow-config} know it. */
    public static final String STACK_NAME = "{{stackName}}";

    private MetaflowApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        configure(app, Environment.builder()
                .account({{#hasAccount}}"{{account}}"{{/hasAccount}}{{^hasAccount}}System.getenv("CDK_DEFAULT_ACCOUNT"){{/hasAccount}})
                .region({{#hasRegion}}"{{region}}"{{/hasRegion}}{{^hasRegion}}System.getenv("CDK_DEFAULT_REGION"){{/hasRegion}})
                .build());
        app.synth();
    }

    /**
     * Adds the Metaflow stack, as deployed, to the app, and checks it with cdk-nag's AWS Solutions
     * rules. The tests synthesize exactly this.
     */
    public static MetaflowStack configure(App app, Environment env) {
        MetaflowStack stack = new MetaflowStack(app, STACK_NAME, MetaflowStackProps.builder()
                .env(env)
{{#existingVpc}}
                .network(NetworkFactory.existingVpc(ExistingVpcNetworkProps.builder()
                        .vpcId("{{existingVpcId}}")
                        .privateSubnetIds(List.of({{privateSubnetIdList}}))
{{#hasDatabaseSubnets}}
                        .databaseSubnetIds(List.of({{databaseSubnetIdList}}))
{{/hasDatabaseSubnets}}
                        .build()))
{{/existingVpc}}
{{^existingVpc}}
                .network(NetworkFactory.newVpc(NewVpcNetworkProps.builder()
                        .cidr("{{vpcCidr}}")
                        .maxAzs({{availabilityZones}})
                        .natGateways({{natGateways}})
                        .interfaceEndpoints({{interfaceEndpoints}})
                        .build()))
{{/existingVpc}}
                .datastore(DatastoreProps.builder()
                        .encryption(DatastoreEncryption.KMS)
                        .versioned(true)
                        .noncurrentVersionExpiration(Duration.days(90))
                        .serverAccessLogs(true)
                        .build())
                .metadata(MetadataOptions.builder()
                        .enabled(true)
                        .imageTag("{{metadataServiceImageTag}}")
                        .tasks({{metadataTasks}})
                        .maxTasks({{metadataMaxTasks}})
                        .internalLoadBalancer(true)
                        .capacity(ServiceCapacity.FARGATE)
                        .restopWhileAsleep({{restopWhileAsleep}})
                        .postgresMajorVersion("{{postgresMajorVersion}}")
                        .database(DatabaseOptions.builder()
                                .engine(DatabaseEngine.{{#aurora}}AURORA_POSTGRES{{/aurora}}{{^aurora}}POSTGRES{{/aurora}})
                                .instanceType("{{#hasDatabaseInstanceType}}{{databaseInstanceType}}{{/hasDatabaseInstanceType}}{{^hasDatabaseInstanceType}}{{#aurora}}t4g.medium{{/aurora}}{{^aurora}}t4g.small{{/aurora}}{{/hasDatabaseInstanceType}}")
                                .multiAz(true)
                                .deletionProtection(true)
                                .backupRetention(Duration.days(14))
                                .customerManagedKey(true)
                                .build())
                        .build())
                .compute(ComputeOptions.builder()
                        .computeType(ComputeType.EC2)
                        .spot(false)
                        .instanceTypes(List.of({{instanceTypeList}}))
                        .maxVcpus({{maxVcpus}})
{{#additionalQueues}}
                        .additionalQueues(List.of(
{{#spotQueue}}
                                AdditionalQueue.cpu("Spot", true, List.of({{spotInstanceTypeList}}), {{maxVcpus}}){{#gpuQueue}},{{/gpuQueue}}
{{/spotQueue}}
{{#gpuQueue}}
                                AdditionalQueue.gpu("Gpu", List.of({{gpuInstanceTypeList}}), {{gpuMaxVcpus}})
{{/gpuQueue}}
                        ))
{{/additionalQueues}}
                        .hardenedInstances(true)
                        .rootVolumeSize({{rootVolumeSize}})
                        .stepImages({{stepImages}})
                        .sharedFileSystem({{efs}})
                        .build())
                .retainData({{retainData}})
                .operations(OperationsOptions.builder()
                        .terminationProtection(true)
                        .containerInsights(true)
                        .alarms(true)
{{#hasAlarmEmail}}
                        .alarmEmail("{{alarmEmail}}")
{{/hasAlarmEmail}}
                        .logRetention(RetentionDays.THREE_MONTHS)
                        .build())
                .secrets(SecretsOptions.builder().enabled({{secrets}}).build())
                .cost(CostOptions.builder()
                        .tags(Map.of("application", "metaflow", "project", "{{projectName}}", "managed-by", "cdk"))
{{#hasCostTags}}
                        .tags({{costTagList}})
{{/hasCostTags}}
{{#hasMonthlyBudget}}
                        .monthlyBudget({{monthlyBudget}})
                        .budgetEmail("{{alarmEmail}}")
{{/hasMonthlyBudget}}
                        .build())
{{#ui}}
                .ui(UiOptions.builder()
                        .domainName("{{uiDomainName}}")
                        .hostedZoneName("{{hostedZoneName}}")
{{#oidc}}
                        .authentication(UiAuthentication.oidc("{{oidcIssuer}}", "{{oidcAuthorizationEndpoint}}",
                                "{{oidcTokenEndpoint}}", "{{oidcUserInfoEndpoint}}", "{{oidcClientId}}",
                                "{{oidcClientSecretName}}"))
{{/oidc}}
{{^oidc}}
                        .authentication(UiAuthentication.cognito())
{{/oidc}}
                        .internal({{uiInternal}})
                        .build())
{{/ui}}
                .build());
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stack;
    }
}
