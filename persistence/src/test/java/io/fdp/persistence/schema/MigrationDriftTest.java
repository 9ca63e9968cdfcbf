package io.fdp.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fdp.persistence.migration.Migration;
import io.fdp.persistence.migration.MigrationSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed migrations must be exactly what the generator makes of today's Protobuf schemas. */
class MigrationDriftTest {
    private static final Path DB = Path.of("src/main/resources/db");

    @Test
    void theCommittedMigrationsAreWhatTheGeneratorMakesOfTheProtobufSchemas() throws IOException {
        final MigrationPlan plan = SchemaGenerator.plan(DB, ProtoSchemaMapper.fdp(), 0);
        assertTrue(plan.upToDate(), plan::describe);
    }

    @Test
    void theMigratorSeesEveryCommittedMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(DB.resolve(SchemaGenerator.MIGRATION_DIRECTORY))) {
            assertThat(MigrationSource.classpath().all()).extracting(Migration::script).containsExactlyInAnyOrderElementsOf(
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).toList());
        }
    }
}
