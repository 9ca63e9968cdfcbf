package io.fdp.proto.compat;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Copies the real schema tree, applies textual edits and compiles it with the build's protoc. */
final class ProtocRunner {
    private static final List<String> WELL_KNOWN = List.of(
        "any", "duration", "empty", "struct", "timestamp", "wrappers", "field_mask", "descriptor");

    private final Path protoc = Path.of(System.getProperty("fdp.protoc", "target/protoc/protoc"));
    private final Path sources = Path.of(System.getProperty("fdp.proto.sources", "src/main/proto"));
    private final Path tree;
    private final Path wellKnown;

    ProtocRunner(final Path workDir) throws IOException {
        this.tree = workDir.resolve("proto");
        this.wellKnown = workDir.resolve("well-known");
        copyTree(sources, tree);
        for (final String name : WELL_KNOWN) {
            final String resource = "google/protobuf/" + name + ".proto";
            try (InputStream in = ProtocRunner.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("protobuf-java does not carry " + resource);
                }
                final Path target = wellKnown.resolve(resource);
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.isExecutable(protoc) && !protoc.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + protoc + " executable");
        }
    }

    /** Replaces the one occurrence of {@code regex} in {@code file} (relative to the tree root). */
    void editOnce(final String file, final String regex, final String replacement) throws IOException {
        final Path path = tree.resolve(file);
        final String text = Files.readString(path, StandardCharsets.UTF_8);
        final Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("edit target /" + regex + "/ not found in " + file);
        }
        if (matcher.find()) {
            throw new AssertionError("edit target /" + regex + "/ is not unique in " + file);
        }
        Files.writeString(path, Pattern.compile(regex).matcher(text).replaceFirst(replacement), StandardCharsets.UTF_8);
    }

    /** Replaces every occurrence of {@code regex} in every file of the tree. */
    void editEverywhere(final String regex, final String replacement) throws IOException {
        final Pattern pattern = Pattern.compile(regex);
        boolean found = false;
        for (final Path file : protoFiles()) {
            final String text = Files.readString(file, StandardCharsets.UTF_8);
            final String edited = pattern.matcher(text).replaceAll(replacement);
            if (!edited.equals(text)) {
                found = true;
                Files.writeString(file, edited, StandardCharsets.UTF_8);
            }
        }
        if (!found) {
            throw new AssertionError("edit target /" + regex + "/ not found in the schema tree");
        }
    }

    /** Compiles the (edited) tree into a descriptor set, failing with protoc's own message on errors. */
    FileDescriptorSet compile() throws IOException, InterruptedException {
        final Path out = Files.createTempFile(tree.getParent(), "schema", ".binpb");
        final List<String> command = new ArrayList<>(List.of(
            protoc.toString(), "-I" + tree, "-I" + wellKnown, "--descriptor_set_out=" + out));
        for (final Path file : protoFiles()) {
            command.add(tree.relativize(file).toString());
        }
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("protoc failed on the edited schemas:\n" + output);
        }
        return SchemaGate.read(out);
    }

    private List<Path> protoFiles() throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(file -> file.toString().endsWith(".proto")).sorted().toList();
        }
    }

    private static void copyTree(final Path from, final Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (final Path file : files.toList()) {
                final Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
