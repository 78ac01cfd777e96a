# Sourced by ./leavingcare and bench/run-scale.sh: how a leavingcare run's JVM starts.
#
# leavingcare_jvm JAR sets the array LEAVINGCARE_JVM to the options in cli/jvm.options (why each:
# there and docs/performance.md) and a class-data archive for JAR: the classes a run loads, read
# from one file instead of parsed and verified one by one from the jar (a small return's cohort
# starts in 0.36-0.41 s instead of 0.49-0.55 s). The archive is made once per build and Java (by a
# quiet `leavingcare demo`, which loads the classes of every command, about 4 s) next to JAR; if
# it cannot be made or used, runs go on without it.
leavingcare_jvm() {
  local jar="$1" here java_bin key archive tmp out
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  read -r -a LEAVINGCARE_JVM <<<"$(sed -e 's/#.*//' "$here/jvm.options" | tr '\n' ' ')"
  # An archive is valid only for the Java that made it: its name carries the Java binary's path and time.
  java_bin="$(readlink -f "$(command -v java)" 2>/dev/null || true)"
  key="$(printf '%s %s' "$java_bin" "$(stat -c %Y "$java_bin" 2>/dev/null || true)" | cksum | cut -d' ' -f1)"
  archive="${jar%.jar}-$key.jsa"
  # Made when missing or older than the jar, where the jar's directory is writable; not tried again
  # for this jar if it could not be made.
  if { [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; } && ! [ "$archive.failed" -nt "$jar" ] \
      && [ -w "$(dirname "$jar")" ]; then
    tmp="$archive.$$.tmp"
    out="$(mktemp -d "${TMPDIR:-/tmp}/leavingcare-cds.XXXXXX" 2>/dev/null)" || return 0
    [ -t 2 ] && echo "leavingcare: recording the classes it loads, for faster starts (once per build)..." >&2
    java "${LEAVINGCARE_JVM[@]}" -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" demo --out "$out" >/dev/null 2>&1 || true
    if [ -f "$tmp" ]; then
      mv -f "$tmp" "$archive" 2>/dev/null || rm -f "$tmp"
    else
      rm -f "$tmp"
      touch "$archive.failed" 2>/dev/null || true
    fi
    rm -rf "$out"
  fi
  if [ -f "$archive" ]; then
    LEAVINGCARE_JVM+=(-XX:SharedArchiveFile="$archive")
  fi
}
