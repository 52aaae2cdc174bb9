package org.neurotheory.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.neurotheory.core.Require;
import org.neurotheory.core.progress.Progress;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Opens a Spark context for {@code reproduce --spark MASTER}: {@code local[*]}, {@code local[N]} or
 * {@code spark://host:port} (a standalone cluster). A standalone master is probed with a plain TCP
 * connection first, so an unreachable one fails in seconds with its address in the message rather
 * than after Spark's registration retries. On a cluster the executors need the library's classes:
 * the job jar ({@code mvn -B -pl spark -am package -Pjob} builds {@code spark/target/neurotheory-spark-job.jar};
 * or name one with {@code -Dneurotheory.spark.jar=PATH}) is shipped with the job.
 */
public final class SparkConnection {
    /** System property naming the job jar to ship to a cluster's executors. */
    public static final String JAR_PROPERTY = "neurotheory.spark.jar";
    /** Milliseconds to wait for a standalone master's port before giving up. */
    private static final int PROBE_MILLIS = 5_000;
    /** Attempts per task before Spark gives up on it (and its job). */
    private static final int MAX_FAILURES = 4;

    private SparkConnection() {
    }

    /**
     * @param master  {@code local[*]}, {@code local[N]}, {@code local[N,F]} (F attempts per task; 4 unless
     *                given) or {@code spark://host:port}
     * @param appName the application's name in Spark's UI and logs
     * @return a running context; the caller closes it
     */
    public static JavaSparkContext connect(String master, String appName) {
        Require.nonNull("master", master);
        boolean local = master.startsWith("local");
        Require.that(local || master.startsWith("spark://"), "master", master,
                "must be local[*], local[N] or spark://host:port");
        SparkConf conf = new SparkConf().setMaster(withRetries(master)).setAppName(appName)
                .set("spark.ui.enabled", "false")
                .set("spark.task.maxFailures", String.valueOf(MAX_FAILURES))
                .set("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
        if (!local) {
            URI uri = URI.create(master);
            probe(master, uri.getHost(), uri.getPort());
            if (uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost")) {
                conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
            }
            conf.setJars(new String[] {jobJar().toString()});
        } else {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        return new JavaSparkContext(conf);
    }

    /**
     * Spark local mode ignores {@code spark.task.maxFailures} and tries a task once unless the master
     * says {@code local[N,F]}: {@code local}, {@code local[N]} and {@code local[*]} get F = 4, as on a
     * cluster; a master that names F keeps it.
     */
    static String withRetries(String master) {
        if (master.equals("local")) {
            return "local[1," + MAX_FAILURES + "]";
        }
        Matcher m = Pattern.compile("local\\[([0-9]+|\\*)\\]").matcher(master);
        return m.matches() ? "local[" + m.group(1) + "," + MAX_FAILURES + "]" : master;
    }

    /**
     * Reports the tasks of every job on this context as progress: {@code tasks done / total}, named
     * by the job's description (e.g. {@code relu/fige2-slopes (6 points, paper)}). A failed attempt
     * that Spark retries is not counted as done.
     */
    public static void reportProgress(JavaSparkContext context) {
        reportProgress(context, Progress::auto);
    }

    /**
     * As {@link #reportProgress(JavaSparkContext)}, each job's progress made by {@code progressFor(name, tasks)};
     * returns the listener (to remove it).
     */
    static SparkListener reportProgress(JavaSparkContext context, BiFunction<String, Long, Progress> progressFor) {
        SparkListener listener = new SparkListener() {
            private Progress progress = Progress.silent();

            @Override
            public synchronized void onJobStart(SparkListenerJobStart job) {
                long tasks = 0;
                for (var stage : CollectionConverters.asJava(job.stageInfos())) {
                    tasks += stage.numTasks();
                }
                String name = job.properties() == null ? null : job.properties().getProperty("spark.job.description");
                progress.close();
                progress = progressFor.apply(name == null ? "spark tasks" : name, tasks);
            }

            @Override
            public synchronized void onTaskEnd(SparkListenerTaskEnd task) {
                if (task.taskInfo().successful()) {
                    progress.step();
                }
            }

            @Override
            public synchronized void onJobEnd(SparkListenerJobEnd job) {
                progress.close();
                progress = Progress.silent();
            }
        };
        context.sc().addSparkListener(listener);
        return listener;
    }

    private static void probe(String master, String host, int port) {
        Require.that(host != null && port > 0, "master", master, "must name a host and a port: spark://host:port");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), PROBE_MILLIS);
        } catch (IOException e) {
            throw new IllegalStateException("Spark master " + master + " is unreachable: " + e.getMessage()
                    + " (is a standalone master running there? start one with sbin/start-master.sh"
                    + " or spark/src/test/cluster/standalone.sh)", e);
        }
    }

    /** The job jar to ship: the property, else the one the {@code job} profile builds. */
    static Path jobJar() {
        String named = System.getProperty(JAR_PROPERTY);
        List<Path> candidates = named != null ? List.of(Path.of(named))
                : List.of(Path.of("spark/target/neurotheory-spark-job.jar"), Path.of("target/neurotheory-spark-job.jar"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("no job jar for the cluster's executors: build it with"
                + " 'mvn -B -pl spark -am package -Pjob -DskipTests' or name one with -D" + JAR_PROPERTY + "=PATH"
                + " (looked at " + candidates + ")");
    }
}
