package org.iamrefiner.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The core rule files shipped in the jar under {@code rules/}, in file-name order. */
public final class CoreRules {

    private static final String FOLDER = "rules/";

    private CoreRules() {
    }

    /** Reads every {@code rules/*.drl} on the class path. */
    public static List<RuleSource> load() {
        URL folder = CoreRules.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("the core rules are missing from the class path (" + FOLDER + ")");
        }
        try {
            TreeMap<String, String> files = "jar".equals(folder.getProtocol()) ? fromJar(folder) : fromFolder(folder);
            List<RuleSource> sources = new ArrayList<>();
            files.forEach((name, content) -> sources.add(new RuleSource(FOLDER + name, content)));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the core rules", e);
        }
    }

    private static TreeMap<String, String> fromFolder(URL folder) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        Path dir;
        try {
            dir = Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String name = path.getFileName().toString();
                if (name.endsWith(".drl")) {
                    files.put(name, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static TreeMap<String, String> fromJar(URL folder) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        JarURLConnection connection = (JarURLConnection) folder.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(FOLDER) && name.endsWith(".drl") && name.indexOf('/', FOLDER.length()) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(name.substring(FOLDER.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return files;
    }
}
