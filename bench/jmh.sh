#!/usr/bin/env bash
# Runs the JMH benchmarks from the class path (no shaded jar is built, so `mvn -B verify` stays fast).
# Usage: bench/jmh.sh [JMH options...]     e.g.  bench/jmh.sh AssessBenchmark -f 1 -wi 3 -i 5
# With no options JMH runs every benchmark with the settings in its annotations. `-h` lists JMH's options.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl bench -am \
  package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
exec java ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main "$@"
