package {{package}}.network;

import software.constructs.Construct;

/**
 * Creates the {@link MetaflowNetwork} of a stack, inside the stack: {@code DefaultVpcNetwork::new},
 * or a lambda that builds {@link NewVpcNetwork} or {@link ExistingVpcNetwork} with its props.
 */
@FunctionalInterface
public interface NetworkFactory {

    /** Creates the network as construct {@code id} under {@code scope}. */
    MetaflowNetwork create(Construct scope, String id);

    /** A new VPC with these props. */
    static NetworkFactory newVpc(NewVpcNetworkProps props) {
        return (scope, id) -> new NewVpcNetwork(scope, id, props);
    }

    /** An existing VPC with these props. */
    static NetworkFactory existingVpc(ExistingVpcNetworkProps props) {
        return (scope, id) -> new ExistingVpcNetwork(scope, id, props);
    }
}
