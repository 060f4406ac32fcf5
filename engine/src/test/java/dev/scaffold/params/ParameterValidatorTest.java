package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterValidatorTest {

    private static Parameter parameter(ParameterType type, String pattern, Long min, Long max, List<String> choices, String format) {
        return new Parameter("p", type, null, "help", null, true, pattern, min, max, choices, format, false);
    }

    @Test
    void readsEachTypeFromText() {
        assertThat(ParameterValidator.parse(parameter(ParameterType.INTEGER, null, 1L, 10L, List.of(), null), " 7 ")).isEqualTo(7L);
        assertThat(ParameterValidator.parse(parameter(ParameterType.BOOLEAN, null, null, null, List.of(), null), "yes")).isEqualTo(true);
        assertThat(ParameterValidator.parse(parameter(ParameterType.BOOLEAN, null, null, null, List.of(), null), "False")).isEqualTo(false);
        assertThat(ParameterValidator.parse(parameter(ParameterType.LIST, "^[a-z0-9.]+$", null, null, List.of(), null), "c5.large, m5.large"))
                .isEqualTo(List.of("c5.large", "m5.large"));
        assertThat(ParameterValidator.parse(parameter(ParameterType.CHOICE, null, null, null, List.of("ec2", "fargate"), null), "fargate"))
                .isEqualTo("fargate");
    }

    @Test
    void failsNamingParameterValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> ParameterValidator.parse(parameter(ParameterType.INTEGER, null, 1L, 4096L, List.of(), null), "5000"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid value for parameter 'p': '5000' (expected a whole number from 1 to 4096)");
        assertThatThrownBy(() -> ParameterValidator.parse(parameter(ParameterType.INTEGER, null, 1L, 4096L, List.of(), null), "many"))
                .hasMessageContaining("'many'").hasMessageContaining("a whole number from 1 to 4096");
        assertThatThrownBy(() -> ParameterValidator.parse(parameter(ParameterType.CHOICE, null, null, null, List.of("ec2", "fargate"), null), "spot"))
                .hasMessage("invalid value for parameter 'p': 'spot' (expected one of ec2, fargate)");
        assertThatThrownBy(() -> ParameterValidator.parse(parameter(ParameterType.STRING, "^[a-z-]+$", null, null, List.of(), null), "My Project"))
                .hasMessage("invalid value for parameter 'p': 'My Project' (expected text, matching ^[a-z-]+$)");
        assertThatThrownBy(() -> ParameterValidator.parse(parameter(ParameterType.LIST, "^[a-z0-9.]+$", null, null, List.of(), null), "c5.large,\"x\""))
                .hasMessageContaining("each item matching");
        assertThatThrownBy(() -> ParameterValidator.parse(parameter(ParameterType.BOOLEAN, null, null, null, List.of(), null), "maybe"))
                .hasMessageContaining("true or false");
    }

    @Test
    void rejectsJavaPackagesThatWouldNotCompile() {
        Parameter javaPackage = parameter(ParameterType.STRING, null, null, null, List.of(), "java-package");
        assertThat(ParameterValidator.parse(javaPackage, "com.example.metaflow")).isEqualTo("com.example.metaflow");
        assertThatThrownBy(() -> ParameterValidator.parse(javaPackage, "com.example.class"))
                .hasMessageContaining("'class' is a Java keyword");
        assertThatThrownBy(() -> ParameterValidator.parse(javaPackage, "com.1example")).hasMessageContaining("'1example'");
        assertThatThrownBy(() -> ParameterValidator.parse(javaPackage, "com..example")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ParameterValidator.parse(javaPackage, "com.example;import")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsCidrBlocksThatWouldNotDeploy() {
        Parameter cidr = parameter(ParameterType.STRING, null, null, null, List.of(), "cidr");
        assertThat(ParameterValidator.parse(cidr, "10.20.0.0/16")).isEqualTo("10.20.0.0/16");
        assertThatThrownBy(() -> ParameterValidator.parse(cidr, "10.300.0.0/16")).hasMessageContaining("octet 300");
        assertThatThrownBy(() -> ParameterValidator.parse(cidr, "10.0.0.0/33")).hasMessageContaining("/33");
        assertThatThrownBy(() -> ParameterValidator.parse(cidr, "10.0.0.1/16")).hasMessageContaining("host bits");
        assertThatThrownBy(() -> ParameterValidator.parse(cidr, "10.0.0.0")).hasMessageContaining("a.b.c.d/n");
    }

    @Test
    void hidesSecretValuesInErrors() {
        Parameter secret = new Parameter("token", ParameterType.STRING, null, "help", null, true, "^[a-z]+$", null, null,
                List.of(), null, true);
        assertThatThrownBy(() -> ParameterValidator.parse(secret, "Hunter2"))
                .hasMessageNotContaining("Hunter2")
                .hasMessageContaining("'********'");
    }

    @Test
    void describesItselfAsJsonSchema() {
        assertThat(ParameterValidator.schemaOf(parameter(ParameterType.INTEGER, null, 1L, 8L, List.of(), null)).toString())
                .isEqualTo("{\"type\":\"integer\",\"minimum\":1,\"maximum\":8}");
        assertThat(ParameterValidator.schemaOf(parameter(ParameterType.LIST, "^x$", null, null, List.of(), null)).toString())
                .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^x$\"}}");
    }
}
