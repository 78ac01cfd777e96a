# Sourced by ./leavingcare and bench/run-scale.sh: how a leavingcare run's JVM starts.
#
# leavingcare_jvm JAR sets the array LEAVINGCARE_JVM to the options in cli/jvm.options (why each:
# there and docs/performance.md) and a class-data archive for JAR: the classes a run loads, read
# from one file instead of parsed and verified one by one from the jar (a small return's cohort
# starts in 0.36-0.41 s instead of 0.49-0.55 s). The archive is made once per build and Java (by a
# quiet `leavingcare demo`, which loads the classes of every command, about 4 s) next to JAR; if
# it cannot be made or used, runs go on without it.
leavingcare_jvm() {
  local jar="$1" java_bin key archive tmp out
  leavingcare_jvm_options
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

# leavingcare_jvm_options sets LEAVINGCARE_JVM to the options in cli/jvm.options alone.
leavingcare_jvm_options() {
  local here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  read -r -a LEAVINGCARE_JVM <<<"$(sed -e 's/#.*//' "$here/jvm.options" | tr '\n' ' ')"
}

# leavingcare_jvm_with EXTRA appends the words of EXTRA (the launcher's LEAVINGCARE_JAVA_OPTS) to
# LEAVINGCARE_JVM, where a later option wins, and first leaves out the file's options that EXTRA
# would contradict rather than override:
# - a collector named in EXTRA (-XX:+Use...GC) replaces the file's (the JVM refuses two);
# - a maximum heap under 384 MB in EXTRA (-Xmx or -XX:MaxHeapSize) drops the file's 128 MB cap on
#   the young generation: the JVM's own third of such a heap is smaller, and a cap of the whole
#   heap or more would make the JVM warn on every run that it lowered it.
leavingcare_jvm_with() {
  local extra="$1" words o kept=() mb
  read -r -a words <<<"$extra"
  mb=""
  for o in "${words[@]}"; do
    if [[ "$o" =~ ^(-Xmx|-XX:MaxHeapSize=)([0-9]+)([kKmMgGtT]?)$ ]]; then
      case "${BASH_REMATCH[3]}" in
        k|K) mb=$(( BASH_REMATCH[2] / 1024 )) ;;
        m|M) mb=$(( BASH_REMATCH[2] )) ;;
        g|G) mb=$(( BASH_REMATCH[2] * 1024 )) ;;
        t|T) mb=$(( BASH_REMATCH[2] * 1024 * 1024 )) ;;
        *) mb=$(( BASH_REMATCH[2] / 1048576 )) ;;
      esac
    fi
  done
  for o in "${LEAVINGCARE_JVM[@]}"; do
    if [[ "$o" =~ ^-XX:\+Use[A-Za-z0-9]*GC$ && "$extra" =~ -XX:\+Use[A-Za-z0-9]*GC ]]; then
      continue
    fi
    if [[ "$o" == -XX:MaxNewSize=* && -n "$mb" ]] && (( mb < 384 )); then
      continue
    fi
    kept+=("$o")
  done
  LEAVINGCARE_JVM=("${kept[@]}" "${words[@]}")
}
