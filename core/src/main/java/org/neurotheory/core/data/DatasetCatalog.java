package org.neurotheory.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neurotheory.core.Require;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds, and if need be downloads, the files of a {@link StandardDataset} and loads a split as an
 * {@link ImageDataset}.
 *
 * <p>Lookup, first hit wins (a folder counts when it holds every file of the dataset):
 * <ol>
 *   <li>the system property {@code neurotheory.data.<key>} (e.g. {@code neurotheory.data.fashion-mnist}):
 *       that folder and no other; if it lacks files the load fails with instructions;</li>
 *   <li>{@code <root>/<key>} for the root given by the system property {@value #ROOT_PROPERTY};</li>
 *   <li>{@code <root>/<key>} for the root given by the environment variable {@value #ENVIRONMENT_VARIABLE};</li>
 *   <li>the per-user folder: {@code $XDG_DATA_HOME/neurotheory/<key>} if XDG_DATA_HOME is set, else
 *       {@code ~/.neurotheory/data/<key>};</li>
 *   <li>Debian's {@code /usr/share/datasets/<key>} (the {@code dataset-fashion-mnist} package installs
 *       Fashion-MNIST there).</li>
 * </ol>
 * When none holds the files, the canonical files are downloaded into {@link #downloadFolder} (the
 * first configured root, else the per-user folder), each verified against its SHA-256 before it
 * takes its name; the base URL can be replaced with {@code -Dneurotheory.data.<key>.url=...} (a
 * mirror), and {@code -D}{@value #DOWNLOAD_PROPERTY}{@code =false} forbids downloads. When the files
 * cannot be had, a {@link DatasetUnavailableException} says in one line how to get them.
 */
public final class DatasetCatalog {
    /** System property: a root folder holding one folder per dataset key. */
    public static final String ROOT_PROPERTY = "neurotheory.data";
    /** System property: {@code false} forbids downloads. */
    public static final String DOWNLOAD_PROPERTY = "neurotheory.data.download";
    /** Environment variable: a root folder holding one folder per dataset key. */
    public static final String ENVIRONMENT_VARIABLE = "NEUROTHEORY_DATA";
    /** Where Debian's dataset packages install their files. */
    public static final Path DEBIAN_ROOT = Path.of("/usr/share/datasets");
    private static final Logger LOG = LoggerFactory.getLogger(DatasetCatalog.class);

    /**
     * A folder the catalog looks in.
     *
     * @param folder the dataset's folder
     * @param origin where the folder came from, e.g. {@code -Dneurotheory.data=/data}
     */
    public record Location(Path folder, String origin) {
        @Override
        public String toString() {
            return folder + " (" + origin + ")";
        }
    }

    private final Function<String, String> properties;
    private final Function<String, String> environment;
    private final Path home;
    private final Path debianRoot;
    private final Function<StandardDataset, List<RemoteFile>> manifest;

    /**
     * A catalog reading the given property and environment lookups (tests, embedding applications).
     *
     * @param properties system-property lookup, null for unset
     * @param environment environment-variable lookup, null for unset
     * @param home       the user's home folder
     * @param debianRoot Debian's dataset root (normally {@link #DEBIAN_ROOT})
     */
    public DatasetCatalog(Function<String, String> properties, Function<String, String> environment, Path home, Path debianRoot) {
        this(properties, environment, home, debianRoot, StandardDataset::downloads);
    }

    DatasetCatalog(Function<String, String> properties, Function<String, String> environment, Path home, Path debianRoot,
                   Function<StandardDataset, List<RemoteFile>> manifest) {
        this.properties = Require.nonNull("properties", properties);
        this.environment = Require.nonNull("environment", environment);
        this.home = Require.nonNull("home", home);
        this.debianRoot = Require.nonNull("debianRoot", debianRoot);
        this.manifest = manifest;
    }

    /** The catalog configured by this JVM's system properties and environment. */
    public static DatasetCatalog standard() {
        return new DatasetCatalog(System::getProperty, System::getenv, Path.of(System.getProperty("user.home")), DEBIAN_ROOT);
    }

    /** The system property naming a dataset's own folder, e.g. {@code neurotheory.data.fashion-mnist}. */
    public static String folderProperty(StandardDataset d) {
        return ROOT_PROPERTY + "." + d.key();
    }

    /** The system property replacing a dataset's base URL, e.g. {@code neurotheory.data.mnist.url}. */
    public static String urlProperty(StandardDataset d) {
        return folderProperty(d) + ".url";
    }

    /** Loads a whole split (finding or downloading the files first). */
    public ImageDataset load(StandardDataset d, Split split) {
        return load(d, split, Integer.MAX_VALUE);
    }

    /** Loads at most {@code limit} images of a split, from its start. */
    public ImageDataset load(StandardDataset d, Split split, int limit) {
        return d.read(locate(d), split, limit);
    }

    /** The folders searched, in order (only the explicit one when {@code neurotheory.data.<key>} is set). */
    public List<Location> searchPath(StandardDataset d) {
        Require.nonNull("dataset", d);
        String explicit = value(properties, folderProperty(d));
        if (explicit != null) {
            return List.of(new Location(Path.of(explicit), "-D" + folderProperty(d)));
        }
        List<Location> path = new ArrayList<>(roots(d));
        path.add(new Location(debianRoot.resolve(d.key()), d.debianPackage().map(p -> "Debian package " + p)
                .orElse("Debian dataset folder")));
        return path;
    }

    /** The first searched folder that holds every file, without downloading. */
    public Optional<Path> find(StandardDataset d) {
        return searchPath(d).stream().map(Location::folder).filter(f -> d.missingFiles(f).isEmpty()).findFirst();
    }

    /** Where a download goes: {@code <key>} under the first configured root, else the per-user folder. */
    public Path downloadFolder(StandardDataset d) {
        return roots(d).get(0).folder();
    }

    /** The base URL downloads come from. */
    public String baseUrl(StandardDataset d) {
        String url = value(properties, urlProperty(d));
        return url != null ? url : d.defaultBaseUrl();
    }

    /** False when {@value #DOWNLOAD_PROPERTY} is {@code false}. */
    public boolean downloadsAllowed() {
        String v = value(properties, DOWNLOAD_PROPERTY);
        return v == null || !v.equalsIgnoreCase("false");
    }

    /**
     * The folder holding the dataset's files: found, or downloaded and verified.
     *
     * @throws DatasetUnavailableException when the files are neither here nor downloadable
     */
    public Path locate(StandardDataset d) {
        Require.nonNull("dataset", d);
        String explicit = value(properties, folderProperty(d));
        if (explicit != null) {
            Path folder = Path.of(explicit);
            List<String> missing = d.missingFiles(folder);
            if (missing.isEmpty()) {
                return folder;
            }
            throw unavailable(d, "-D" + folderProperty(d) + "=" + folder + (Files.isDirectory(folder)
                    ? " lacks " + String.join(", ", missing) : " does not exist"), folder, null);
        }
        Optional<Path> found = find(d);
        if (found.isPresent()) {
            LOG.debug("{}: using {}", d.title(), found.get());
            return found.get();
        }
        String searched = "not found in " + searchPath(d).stream().map(l -> l.folder().toString()).collect(Collectors.joining(", "));
        if (!downloadsAllowed()) {
            throw unavailable(d, searched + "; downloads are off (-D" + DOWNLOAD_PROPERTY + "=false)", downloadFolder(d), null);
        }
        Path target = downloadFolder(d);
        try {
            DatasetDownload.into(d, manifest.apply(d), baseUrl(d), target);
        } catch (IOException | UncheckedIOException | DatasetFormatException e) {
            throw unavailable(d, searched + " and the download failed: " + e.getMessage(), target, e);
        }
        List<String> missing = d.missingFiles(target);
        if (!missing.isEmpty()) {
            throw unavailable(d, "the download into " + target + " lacks " + String.join(", ", missing), target, null);
        }
        return target;
    }

    /** One line: the three ways to get the files (URL into {@code folder}, Debian package, property). */
    private String howToGet(StandardDataset d, Path folder) {
        StringBuilder sb = new StringBuilder();
        List<String> names = manifest.apply(d).stream().map(RemoteFile::name).toList();
        sb.append("Get it by downloading ").append(baseUrl(d));
        sb.append(names.size() == 1 ? names.get(0) : "{" + String.join(",", names) + "}");
        sb.append(" into ").append(folder);
        if (d.format() == StandardDataset.Format.CIFAR_BINARY) {
            sb.append(" and unpacking it there");
        }
        d.debianPackage().ifPresent(p -> sb.append(", or with 'apt-get install ").append(p).append("' (installs ")
                .append(DEBIAN_ROOT.resolve(d.key())).append(')'));
        sb.append(", or point -D").append(folderProperty(d)).append("=<folder> at a folder holding ")
                .append(String.join(", ", d.expectedFiles())).append('.');
        return sb.toString();
    }

    private DatasetUnavailableException unavailable(StandardDataset d, String reason, Path folder, Throwable cause) {
        String line = d.title() + " is not available: " + reason + ". " + howToGet(d, folder);
        return new DatasetUnavailableException(line.replaceAll("\\s*\\R\\s*", " "), cause);
    }

    /** The configured roots' folders for {@code d}, then the per-user folder; never empty. */
    private List<Location> roots(StandardDataset d) {
        Set<Location> roots = new LinkedHashSet<>();
        String root = value(properties, ROOT_PROPERTY);
        if (root != null) {
            roots.add(new Location(Path.of(root).resolve(d.key()), "-D" + ROOT_PROPERTY));
        }
        String env = value(environment, ENVIRONMENT_VARIABLE);
        if (env != null) {
            roots.add(new Location(Path.of(env).resolve(d.key()), "$" + ENVIRONMENT_VARIABLE));
        }
        String xdg = value(environment, "XDG_DATA_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            roots.add(new Location(Path.of(xdg).resolve("neurotheory").resolve(d.key()), "per-user folder, $XDG_DATA_HOME"));
        } else {
            roots.add(new Location(home.resolve(".neurotheory").resolve("data").resolve(d.key()), "per-user folder"));
        }
        return new ArrayList<>(roots);
    }

    private static String value(Function<String, String> lookup, String name) {
        String v = lookup.apply(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
