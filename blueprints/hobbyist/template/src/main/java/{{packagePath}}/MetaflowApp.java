package {{package}};

import {{package}}.compute.ComputeOptions;
import {{package}}.compute.ComputeType;
import {{package}}.cost.CostOptions;
import {{package}}.metadata.MetadataOptions;
import {{package}}.metadata.ServiceCapacity;
import {{package}}.secrets.SecretsOptions;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
{{^fargate}}
import java.util.List;
{{/fargate}}
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;

/** Entry point of {@code cdk synth}: every deployment choice is written out in {@link #configure}. */
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
                .compute(ComputeOptions.builder()
                        .computeType(ComputeType.{{computeTypeConstant}})
                        .spot({{spot}})
{{^fargate}}
                        .instanceTypes(List.of({{instanceTypeList}}))
{{/fargate}}
                        .maxVcpus({{maxVcpus}})
{{#hasRootVolumeSize}}
                        .rootVolumeSize({{rootVolumeSize}})
{{/hasRootVolumeSize}}
                        .stepImages({{stepImages}})
                        .sharedFileSystem({{efs}})
                        .build())
                .metadata(MetadataOptions.builder()
                        .enabled({{metadataService}})
{{#metadataService}}
                        .imageTag("{{metadataServiceImageTag}}")
                        .postgresMajorVersion("{{postgresMajorVersion}}")
                        .capacity(ServiceCapacity.{{#metadataSpot}}FARGATE_SPOT{{/metadataSpot}}{{^metadataSpot}}FARGATE{{/metadataSpot}})
                        .restopWhileAsleep({{restopWhileAsleep}})
{{/metadataService}}
                        .build())
                .retainData({{retainData}})
                .secrets(SecretsOptions.builder().enabled({{secrets}}).build())
                .cost(CostOptions.builder()
{{#hasCostTags}}
                        .tags({{costTagList}})
{{/hasCostTags}}
{{#hasMonthlyBudget}}
                        .monthlyBudget({{monthlyBudget}})
                        .budgetEmail("{{budgetEmail}}")
{{/hasMonthlyBudget}}
                        .build())
                .build());
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stack;
    }
}
