package dev.scaffold.serve;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/**
 * Ctrl-C for a server that should stop cleanly and exit 0: SIGINT runs an action (stopping the server,
 * whose command then returns) instead of the JVM's exit with 130. Through {@code sun.misc.Signal}, the
 * JDK's supported way in (module jdk.unsupported), reached reflectively so that compiling against it
 * prints no warning; where it is missing, the shutdown hook still stops the server.
 */
public final class Interrupts {

    private Interrupts() {
    }

    /** @return false when the runtime does not let a program handle SIGINT (the default exit then stays) */
    public static boolean onInterrupt(Runnable action) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            InvocationHandler invocation = (proxy, method, args) -> switch (method.getName()) {
                case "handle" -> {
                    action.run();
                    yield null;
                }
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "scaffold serve's Ctrl-C handler";
            };
            Object handler = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType}, invocation);
            signal.getMethod("handle", signal, handlerType).invoke(null, signal.getConstructor(String.class).newInstance("INT"),
                    handler);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
