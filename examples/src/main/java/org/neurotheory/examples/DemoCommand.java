package org.neurotheory.examples;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code demo NAME [ARGS ...]}: runs a paper's example main with the arguments that follow its name,
 * e.g. {@code ./neurotheory demo multimodal --depth 4} or {@code ./neurotheory demo multimodal --help}.
 * A demo that is a picocli command runs with this command line's output and returns its exit status.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a paper's example main: demo NAME [ARGS ...] (demo NAME --help for its options).")
public final class DemoCommand implements Callable<Integer> {
    /** The demos by name, in the order {@code demo --help} lists them. */
    static final Map<String, Class<?>> DEMOS = demos();

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "One of the demos listed below.")
    private String name;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Passed on to the demo.")
    private List<String> args = new ArrayList<>();

    private static Map<String, Class<?>> demos() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("attention", AttentionDemo.class);
        m.put("bioplausible-conv", BioplausibleConvDemo.class);
        m.put("bioplausible-conv-images", BioplausibleConvImagesDemo.class);
        m.put("bioplausible-hsic", BioplausibleHsicDemo.class);
        m.put("cortex", CortexDemo.class);
        m.put("gridcells", GridcellsDemo.class);
        m.put("multimodal", MultimodalDemo.class);
        m.put("popcodes", PopcodesDemo.class);
        m.put("relu", ReluDemo.class);
        m.put("saxe", SaxeDemo.class);
        m.put("sparsity", SparsityDemo.class);
        m.put("synaptic", SynapticDemo.class);
        return m;
    }

    @Override
    public Integer call() throws Exception {
        Class<?> demo = DEMOS.get(name.toLowerCase(Locale.ROOT));
        if (demo == null) {
            spec.commandLine().getErr().println("unknown demo '" + name + "': must be one of " + DEMOS.keySet());
            spec.commandLine().getErr().flush();
            return 2;
        }
        String[] rest = args.toArray(String[]::new);
        if (demo.isAnnotationPresent(Command.class)) {
            CommandLine cl = new CommandLine(demo.getDeclaredConstructor().newInstance());
            cl.setOut(spec.commandLine().getOut());
            cl.setErr(spec.commandLine().getErr());
            return cl.execute(rest);
        }
        if (rest.length > 0) {
            spec.commandLine().getErr().println("demo " + name + " takes no arguments");
            spec.commandLine().getErr().flush();
            return 2;
        }
        try {
            demo.getMethod("main", String[].class).invoke(null, (Object) rest);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
        return 0;
    }
}
