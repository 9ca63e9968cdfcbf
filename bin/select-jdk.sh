# Sourced by ./fdp and .ci/run: exports JAVA_HOME as a JDK >= 21, or explains what is missing and fails.
# Order: $JAVA_HOME if it is >= 21; else the newest Temurin/OpenJDK >= 21 under /usr/lib/jvm; else `java` on PATH.

fdp_java_major() {
  # Prints the feature version (17, 21, 25, ...) of the java launcher given as $1, or nothing.
  "$1" -version 2>&1 | awk -F'"' '/version "/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

fdp_select_jdk() {
  local min=21 major candidate best="" best_major=0 tried=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(fdp_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge "$min" ]; then
      export JAVA_HOME
      return 0
    fi
    tried="$tried\n  JAVA_HOME=$JAVA_HOME (Java ${major:-unknown})"
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    case "$(basename "$candidate")" in
      *temurin*|*openjdk*|*jdk*) ;;
      *) continue ;;
    esac
    major=$(fdp_java_major "$candidate/bin/java")
    tried="$tried\n  $candidate (Java ${major:-unknown})"
    if [ "${major:-0}" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(fdp_java_major "$candidate/bin/java")
    tried="$tried\n  java on PATH: $candidate (Java ${major:-unknown})"
    if [ "${major:-0}" -ge "$min" ]; then
      best="$candidate"
    fi
  fi
  if [ -z "$best" ]; then
    printf 'fdp needs a JDK >= %s and found none. Looked at:%b\n' "$min" "${tried:-\n  (no JDK at all)}" >&2
    printf 'Install one (for example: apt-get install openjdk-21-jdk-headless) or export JAVA_HOME to it.\n' >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

# JVM flags the libraries need: Chronicle Queue's module access, Agrona's jdk.internal.misc, no analytics calls.
fdp_jvm_flags() {
  local flags="--add-exports=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED"
  flags="$flags --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"
  flags="$flags --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
  flags="$flags --add-opens=java.base/java.lang=ALL-UNNAMED"
  flags="$flags -Dchronicle.analytics.disable=true -Dchronicle.announcer.disable=true --enable-native-access=ALL-UNNAMED"
  if [ "$(fdp_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
    flags="$flags --sun-misc-unsafe-memory-access=allow"
  fi
  printf '%s' "$flags"
}
