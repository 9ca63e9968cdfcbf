# Build: the Maven wrapper on a JDK; run: the application jar on a JRE (its manifest carries the JVM flags).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY config/ config/
COPY proto/ proto/
COPY engine/ engine/
COPY feed-adapters/ feed-adapters/
COPY journal/ journal/
COPY persistence/ persistence/
COPY api/ api/
COPY app/ app/
COPY benchmarks/ benchmarks/
RUN ./mvnw -B -q -DskipTests package -pl app -am

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/fdp --create-home fdp
COPY --from=build /src/app/target/fdp.jar /opt/fdp/fdp.jar
USER fdp
WORKDIR /var/lib/fdp
EXPOSE 8080
ENTRYPOINT ["java", "--sun-misc-unsafe-memory-access=allow", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/fdp/fdp.jar"]
CMD ["--help"]
