package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Catalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The web form in a real browser (issue 12): the catalog, the enterprise + step-functions form with a
 * conditional field appearing and disappearing, a server validation error read inline (the CLI's own
 * message), the review, the zip download and a write under --output-root, each compared byte for byte
 * with {@code scaffold new} given the same answers. Screenshots go to {@code -Dscaffold.screenshots}
 * (default target/screenshots; docs/ holds the committed ones).
 */
@Tag("browser")
class ServeBrowserTest {

    private static final String PROJECT = "acme-metaflow";
    private static final List<String> LAYERS = List.of("step-functions");

    @TempDir
    Path work;

    @Test
    void aPersonGetsFromTheFormTheProjectTheCliRenders() throws Exception {
        Browser.assumeAvailable();
        Path serverDir = Files.createDirectories(work.resolve("server"));
        Path outputRoot = Files.createDirectories(work.resolve("output-root"));
        Path downloads = Files.createDirectories(work.resolve("downloads"));
        Path shots = Path.of(System.getProperty("scaffold.screenshots", "target/screenshots"));
        Catalog catalog = Catalog.bundled();
        StringWriter log = new StringWriter();
        ScaffoldServer server = ScaffoldServer.start(new ServeSettings("127.0.0.1", 0, () -> catalog, project -> catalog,
                serverDir, Optional.of(outputRoot), ServeSettings.WEB_ROOT, ServeSettings.MAX_BODY, new PrintWriter(log, true)));
        try (Browser browser = Browser.start(downloads, work.resolve("profile"))) {
            browser.driver.get(server.url() + "#/");
            String card = browser.waitFor(By.cssSelector("article[data-blueprint='enterprise']")).getText();
            assertThat(card).contains("enterprise", "project", "v" + catalog.get("enterprise").version(),
                    "Metaflow in a dedicated", "step-functions");
            // The idle cost is shown where the API gives one (the blueprints' idle-cost data).
            boolean idleCost = AcmeAnswers.apiGivesIdleCost(server, "enterprise");
            if (idleCost) {
                assertThat(card).contains("/month idle");
            }
            browser.screenshot(shots.resolve("serve-catalog.png"));

            browser.driver.findElement(By.cssSelector("article[data-blueprint='enterprise'] input[type='checkbox']")).click();
            browser.driver.findElement(By.cssSelector("article[data-blueprint='enterprise'] a.button")).click();
            browser.waitFor(By.id("root_projectName"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("#/new/enterprise?with=step-functions");

            Map<String, String> answers = AcmeAnswers.enterprise(PROJECT);
            for (String name : List.of("projectName", "uiDomainName", "hostedZoneName")) {
                browser.type("root_" + name, answers.get(name));
            }
            browser.type("root_stackName", "9lives");

            // A field that applies only while another answer says so appears, and goes again.
            browser.type("root_existingVpcId", "vpc-0123abcd");
            browser.waitFor(By.id("root_privateSubnetIds"));
            browser.waitUntilGone(By.id("root_vpcCidr"));
            browser.type("root_existingVpcId", "");
            browser.waitUntilGone(By.id("root_privateSubnetIds"));
            // ...and a field that applies again shows its default again.
            assertThat(browser.waitFor(By.id("root_vpcCidr")).getAttribute("value")).isEqualTo("10.0.0.0/16");
            assertThat(browser.driver.findElement(By.id("root_interfaceEndpoints")).isSelected()).isTrue();
            assertThat(browser.present(By.id("root_oidcIssuer"))).isFalse();
            new Select(browser.waitFor(By.id("root_uiAuthentication"))).selectByVisibleText("oidc");
            browser.waitFor(By.id("root_oidcIssuer"));
            for (String name : answers.keySet().stream().filter(name -> name.startsWith("oidc")).toList()) {
                browser.type("root_" + name, answers.get(name));
            }

            // The server's validation, inline under the field, is the CLI's message for the same answers.
            Map<String, String> wrong = new LinkedHashMap<>(answers);
            wrong.put("stackName", "9lives");
            CliRun refused = ProjectFiles.render(catalog, Files.createDirectories(work.resolve("cli-wrong")), "enterprise",
                    LAYERS, PROJECT, wrong);
            assertThat(refused.exitCode()).isEqualTo(2);
            browser.driver.findElement(By.id("review")).click();
            browser.waitFor(By.id("server-error"));
            assertThat(browser.errorsUnder("root_stackName")).containsExactly(refused.error());
            browser.screenshot(shots.resolve("serve-form.png"));

            browser.type("root_stackName", answers.get("stackName"));
            browser.driver.findElement(By.id("review")).click();
            browser.waitFor(By.id("file-viewer"));
            browser.driver.findElement(By.cssSelector("button[data-path='pom.xml']")).click();
            assertThat(browser.waitFor(By.cssSelector("#file-viewer pre")).getText())
                    .contains("<artifactId>" + PROJECT + "</artifactId>");
            assertThat(browser.driver.findElement(By.id("command")).getText())
                    .startsWith("scaffold new -b enterprise --with step-functions -o " + PROJECT + " --no-input")
                    .contains("-P stackName=acme", "-P uiAuthentication=oidc");
            if (idleCost) {
                assertThat(browser.driver.findElement(By.id("idle-cost")).getText()).contains("$", "/month");
            }
            browser.screenshot(shots.resolve("serve-review.png"));

            Path cliDir = Files.createDirectories(work.resolve("cli"));
            CliRun rendered = ProjectFiles.render(catalog, cliDir, "enterprise", LAYERS, PROJECT, answers);
            assertThat(rendered.exitCode()).as(rendered.err()).isZero();
            Unzipped expected = Unzipped.of(cliDir.resolve(PROJECT), PROJECT);
            assertThat(expected.contents()).containsKey(PROJECT + "/.scaffold/provenance.json");
            assertThat(expected.executable()).containsValue(true);

            browser.driver.findElement(By.id("download")).click();
            ProjectFiles.assertSame(Unzipped.of(Files.readAllBytes(browser.download(downloads, PROJECT + ".zip"))), expected);

            browser.driver.findElement(By.id("show-target")).click();
            browser.type("target-name", PROJECT);
            browser.driver.findElement(By.id("write")).click();
            assertThat(browser.waitFor(By.id("create-result")).getText()).contains(PROJECT);
            ProjectFiles.assertSame(Unzipped.of(outputRoot.resolve(PROJECT), PROJECT), expected);

            // Written once: the target is now refused as scaffold new refuses a non-empty -o.
            CliRun again = ProjectFiles.render(catalog, outputRoot, "enterprise", LAYERS, PROJECT, answers);
            assertThat(again.exitCode()).isEqualTo(2);
            browser.driver.findElement(By.id("write")).click();
            assertThat(browser.waitFor(By.id("create-error")).getText()).isEqualTo(again.error());
            assertThat(browser.consoleErrors()).as("the page's console").isEmpty();
        } finally {
            server.stop();
        }
        assertThat(log.toString()).contains("POST /api/render 200");
    }
}
