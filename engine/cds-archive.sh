#!/usr/bin/env bash
# Makes the engine's class-data-sharing archive (issue 14): JAVA JAR ARCHIVE. The build runs it in the
# package phase (engine/pom.xml), after the jar. Training runs of new, upgrade, describe and list on
# the bundled blueprints record the classes they load; one -Xshare:dump maps them into ARCHIVE, which
# the launcher passes to the JVM. A JVM that the archive does not match ignores it, so a failed
# training step only makes the archive smaller; a failed dump leaves no archive and fails no build.
set -uo pipefail
java="$1" jar="$(realpath "$2")" archive="$(realpath -m "$3")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$archive"
train() { # NAME ARGS...: one run, its loaded classes in $work/NAME.classlist
  local name="$1"; shift
  (cd "$work" && "$java" -Xshare:off -XX:DumpLoadedClassList="$work/$name.classlist" -jar "$jar" "$@") \
    >/dev/null 2>&1 || echo "note: CDS training run '$name' failed; the archive lacks its classes" >&2
}
train version --version
train list list
train describe describe hobbyist
train new-old new -b hobbyist@1.2.0 -o old --no-input
# A user's project is a git repository with its render committed: the upgrade reads it with JGit.
if git -C "$work" init -q old 2>/dev/null && git -C "$work/old" add -A \
  && git -C "$work/old" -c user.name=cds -c user.email=cds@example.com commit -qm render; then
  train upgrade upgrade --no-input old
else
  train upgrade upgrade --no-git --no-input old
fi
train new new -b enterprise --with step-functions -o enterprise --no-input \
  -P uiDomainName=metaflow.example.com -P hostedZoneName=example.com
# The union of the class lists, each class once, in the order first loaded.
cat "$work"/*.classlist 2>/dev/null | awk '!seen[$0]++' >"$work/all.classlist"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$work/all.classlist" -XX:SharedArchiveFile="$archive" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$jar" >"$work/dump.log" 2>&1; then
  rm -f "$archive"
  echo "note: no CDS archive (-Xshare:dump failed); scaffold starts without it:" >&2
  tail -3 "$work/dump.log" >&2
fi
exit 0
