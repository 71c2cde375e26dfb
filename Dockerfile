# One image recipe for every Refund Autopilot service.
#
#   mvn -DskipTests package                 # builds <module>/target/<module>-0.1.0-SNAPSHOT-exec.jar
#   docker build --build-arg MODULE=refund-service -t refundpilot/refund-service .
#
# The jar is built on the host (or in CI) by Maven, not inside this image: the image only packages it.
# docker-compose.yml builds one image per service from this file, passing MODULE as a build arg.
FROM eclipse-temurin:17-jre

# Which Maven module to package: platform-adapter, refund-service, warehouse-service,
# logistics-service, notification-service or sandbox.
ARG MODULE
ARG VERSION=0.1.0-SNAPSHOT

RUN test -n "$MODULE" || { echo "build with --build-arg MODULE=<maven module>" >&2; exit 1; } \
 && groupadd --system --gid 10001 refundpilot \
 && useradd --system --uid 10001 --gid refundpilot --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin refundpilot \
 && mkdir -p /app \
 && chown refundpilot:refundpilot /app

WORKDIR /app

# Root-owned and world-readable: the service user can run the jar but not rewrite it.
COPY ${MODULE}/target/${MODULE}-${VERSION}-exec.jar /app/app.jar

# Size the heap from the container's memory limit rather than the host's, and let the
# orchestrator restart a JVM that ran out of memory instead of leaving it half-alive.
ENV JAVA_TOOL_OPTIONS="-XX:InitialRAMPercentage=50.0 -XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError"

LABEL org.opencontainers.image.title="refundpilot-${MODULE}" \
      org.opencontainers.image.version="${VERSION}"

# Numeric user so that Kubernetes' runAsNonRoot can verify it.
USER 10001:10001

# No HEALTHCHECK here: the JRE base image is not guaranteed to ship curl or wget. Probe
# /actuator/health/liveness and /actuator/health/readiness from the orchestrator instead.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
