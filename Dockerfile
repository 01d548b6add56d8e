# tiegraph image: builds the shaded jar with Maven on Temurin 25, runs it on a Temurin 25 JRE as a
# non-root user. The jar's manifest carries the JVM flags Neo4j needs (Add-Opens, Enable-Native-Access).

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
# dependencies first, in their own layer: a source change does not download them again
COPY pom.xml ./
COPY .mvn/ .mvn/
RUN mvn -B -q dependency:go-offline
COPY src/ src/
COPY cypher/ cypher/
RUN mvn -B -DskipTests package

FROM eclipse-temurin:25-jre
# curl serves the HEALTHCHECK only: the JRE image has neither curl nor wget.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 tiegraph \
    && useradd --system --uid 10001 --gid tiegraph --no-create-home --home-dir /app --shell /usr/sbin/nologin tiegraph
WORKDIR /app
COPY --from=build /build/target/tiegraph.jar /app/tiegraph.jar
COPY seeds/ /app/seeds/
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD curl --fail --silent --show-error --output /dev/null http://127.0.0.1:8080/api/health || exit 1
ENV TIEGRAPH_HOST=0.0.0.0 TIEGRAPH_SEEDS=/app/seeds
# a fixed heap, as bin/tiegraph gives it (the language models take about 1 GB); override with -e JDK_JAVA_OPTIONS=-Xmx4g
ENV JDK_JAVA_OPTIONS=-Xmx2g
ENTRYPOINT ["java", "-jar", "/app/tiegraph.jar"]
CMD ["serve"]
