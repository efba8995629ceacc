package org.iamrefiner.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The core rules compiled at build time: the build runs {@link #main} after compiling the classes,
 * which compiles {@code rules/*.drl} as at run time and writes the compiled Drools packages next to
 * this class ({@value #RESOURCE}). At start-up the rule base is made from them instead of compiling
 * the DRL again (seconds saved).
 *
 * <p>The DRL files stay the source of truth: the file starts with everything the compilation depends
 * on — the Drools and Java versions, Drools' property reactivity setting, the rule files' names and
 * text, the class files the rules import — and is used only when all of it is byte for byte what the
 * class path and the settings hold now. Anything else (no file, other rules, classes or settings, a
 * file that does not read) means compiling the DRL as before.
 */
public final class CompiledRules {

    /** Class-path location of the compiled core rules. */
    static final String RESOURCE = "org/iamrefiner/engine/core-rules.bin";

    private static final String MAGIC = "iam-refiner compiled rules 1";
    /** Drools' property reactivity, a setting the compilation depends on (the tool sets ALLOWED). */
    private static final String PROPERTY_SPECIFIC = "drools.propertySpecific";
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+?)(\\.\\*)?\\s*;");

    private CompiledRules() {
    }

    /**
     * Writes the compiled core rules under the given class output folder (the build's
     * {@code target/classes}).
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: CompiledRules CLASSES_DIR");
            System.exit(2);
        }
        System.setProperty("drools.propertySpecific", "ALLOWED");
        Path classes = Path.of(args[0]);
        Path target = classes.resolve(RESOURCE);
        List<RuleSource> sources = CoreRules.load();
        RuleBase compiled = RuleBase.of(sources);
        write(compiled.kieBase(), sources, target);
    }

    /** Writes the packages of a rule base compiled from {@code sources}, keyed by them and by the classes they import. */
    static void write(KieBase kieBase, List<RuleSource> sources, Path target) throws IOException {
        List<String> dependencies = dependencies(sources, CompiledRules.class.getClassLoader());
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp))) {
                DataOutputStream header = new DataOutputStream(file);
                header.writeUTF(MAGIC);
                writeKey(header, sources, dependencies, CompiledRules.class.getClassLoader());
                header.flush();
                ObjectOutputStream out = new DroolsObjectOutputStream(file);
                out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
                out.flush();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The rule base compiled at build time from exactly these sources, or null when there is none,
     * it was compiled from other rule files, classes or settings, or it cannot be read. With
     * {@code -Diamrefiner.debug=true}, says on standard error why it is not used.
     */
    static KieBase read(List<RuleSource> sources) {
        ClassLoader loader = CompiledRules.class.getClassLoader();
        InputStream resource = loader.getResourceAsStream(RESOURCE);
        if (resource == null) {
            debug("there is none on the class path (" + RESOURCE + ")");
            return null;
        }
        return readOrNull(resource, sources, loader);
    }

    /** As {@link #read(InputStream, List, ClassLoader)}, with null for a file that does not read. */
    static KieBase readOrNull(InputStream resource, List<RuleSource> sources, ClassLoader loader) {
        try (InputStream file = new BufferedInputStream(resource, 1 << 16)) {
            KieBase kieBase = read(file, sources, loader);
            if (kieBase == null) {
                debug("they were compiled from other rule files, classes or settings");
            }
            return kieBase;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            debug("they do not read: " + e);
            return null;
        }
    }

    private static void debug(String reason) {
        if (Boolean.getBoolean("iamrefiner.debug")) {
            System.err.println("iam-refiner: compiling the core rules: the build's compiled rules are not used: " + reason);
        }
    }

    /** Reads compiled rules from {@code file}; null when they are not those of {@code sources}. */
    static KieBase read(InputStream file, List<RuleSource> sources, ClassLoader loader)
            throws IOException, ClassNotFoundException {
        DataInputStream header = new DataInputStream(file);
        if (!MAGIC.equals(header.readUTF()) || !keyMatches(header, sources, loader)) {
            return null;
        }
        ObjectInputStream in = new DroolsObjectInputStream(file, loader);
        @SuppressWarnings("unchecked")
        Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        kieBase.addPackages(packages);
        return kieBase;
    }

    /**
     * Writes the key: what the compilation depends on, written out in full and compared byte for byte
     * at start-up (cheaper than a cryptographic hash, and exact): the Drools and Java versions, the
     * property reactivity setting, the rule files' names and text, and the class files the rules
     * import.
     */
    private static void writeKey(DataOutputStream out, List<RuleSource> sources, List<String> classFiles,
                                 ClassLoader loader) throws IOException {
        out.writeUTF(droolsVersion(loader));
        out.writeInt(Runtime.version().feature());
        out.writeUTF(String.valueOf(System.getProperty(PROPERTY_SPECIFIC)));
        out.writeInt(sources.size());
        for (RuleSource source : sources) {
            writeBytes(out, source.origin().getBytes(StandardCharsets.UTF_8));
            writeBytes(out, source.content().getBytes(StandardCharsets.UTF_8));
        }
        out.writeInt(classFiles.size());
        for (String classFile : classFiles) {
            byte[] bytes = classFile(loader, classFile);
            if (bytes == null) {
                throw new IOException("the rules import " + classFile + ", which the class path does not hold");
            }
            out.writeUTF(classFile);
            writeBytes(out, bytes);
        }
    }

    /** Whether the key read from {@code in} is that of {@code sources} and the classes and settings of now. */
    private static boolean keyMatches(DataInputStream in, List<RuleSource> sources, ClassLoader loader)
            throws IOException {
        if (!in.readUTF().equals(droolsVersion(loader)) || in.readInt() != Runtime.version().feature()
                || !in.readUTF().equals(String.valueOf(System.getProperty(PROPERTY_SPECIFIC)))
                || in.readInt() != sources.size()) {
            return false;
        }
        for (RuleSource source : sources) {
            if (!Arrays.equals(readBytes(in), source.origin().getBytes(StandardCharsets.UTF_8))
                    || !Arrays.equals(readBytes(in), source.content().getBytes(StandardCharsets.UTF_8))) {
                return false;
            }
        }
        int classFiles = in.readInt();
        for (int i = 0; i < classFiles; i++) {
            String classFile = in.readUTF();
            byte[] bytes = classFile(loader, classFile);
            if (bytes == null || !Arrays.equals(readBytes(in), bytes)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] classFile(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (64 << 20)) {
            throw new IOException("not a compiled rules file");
        }
        return in.readNBytes(length);
    }

    /**
     * The tool's own class files that the rules import (those in class folders, as in the build),
     * as resource names: each imported class and its nested classes, each class of a package imported
     * with {@code .*}. The JDK's and the libraries' (in jars) are left out: the Java and Drools
     * versions are in the key, and the other libraries come with the tool's build.
     */
    static List<String> dependencies(List<RuleSource> sources, ClassLoader loader) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        for (RuleSource source : sources) {
            Matcher matcher = IMPORT.matcher(source.content());
            while (matcher.find()) {
                String name = matcher.group(1);
                boolean wholePackage = matcher.group(2) != null;
                String packagePath = (wholePackage ? name : name.substring(0, Math.max(0, name.lastIndexOf('.'))))
                        .replace('.', '/');
                String simpleName = wholePackage ? null : name.substring(name.lastIndexOf('.') + 1);
                for (URL folder : Collections.list(loader.getResources(packagePath + "/"))) {
                    if (!"file".equals(folder.getProtocol())) {
                        continue;
                    }
                    try (Stream<Path> listing = Files.list(Path.of(folder.toURI()))) {
                        for (Path path : (Iterable<Path>) listing::iterator) {
                            String file = path.getFileName().toString();
                            if (file.endsWith(".class")
                                    && (wholePackage || file.equals(simpleName + ".class") || file.startsWith(simpleName + "$"))) {
                                files.add(packagePath + "/" + file);
                            }
                        }
                    } catch (URISyntaxException e) {
                        throw new IOException("cannot list " + folder, e);
                    }
                }
            }
        }
        return new ArrayList<>(files);
    }

    /** Drools' version as its jar records it (Drools' own version call answers the shaded jar's). */
    private static String droolsVersion(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
