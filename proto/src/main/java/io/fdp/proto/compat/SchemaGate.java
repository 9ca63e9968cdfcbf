package io.fdp.proto.compat;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The build step that fails when the schemas break compatibility with the committed baseline.
 *
 * <p>Run by the {@code proto} module's build as {@code SchemaGate <baseline.binpb> <current.binpb>}. After an
 * intentional release, refresh the baseline with {@code ./mvnw -pl proto -P schema-baseline generate-sources}.
 */
public final class SchemaGate {
    private SchemaGate() {
    }

    /**
     * Compares the two descriptor sets and throws, listing every breaking change, when they are incompatible.
     *
     * @param args the baseline descriptor set path, then the current one.
     * @throws IOException if either file cannot be read.
     */
    public static void main(final String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SchemaGate <baseline.binpb> <current.binpb>");
        }
        final List<String> problems = SchemaCompatibility.check(read(Path.of(args[0])), read(Path.of(args[1])));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The Protobuf schemas break compatibility with the baseline " + args[0]
                + ":\n  " + String.join("\n  ", problems)
                + "\nMake the change compatible (add fields, reserve removed numbers and names), or, for an intentional"
                + " release, refresh the baseline: ./mvnw -pl proto -P schema-baseline generate-sources");
        }
        System.out.println("Schemas are compatible with the baseline " + args[0]);
    }

    /**
     * Reads a binary {@code FileDescriptorSet}.
     *
     * @param path the file to read.
     * @return the parsed descriptor set.
     * @throws IOException if the file cannot be read or parsed.
     */
    public static FileDescriptorSet read(final Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException("No descriptor set at " + path.toAbsolutePath()
                + " (refresh the baseline with ./mvnw -pl proto -P schema-baseline generate-sources)");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return FileDescriptorSet.parseFrom(in);
        }
    }
}
