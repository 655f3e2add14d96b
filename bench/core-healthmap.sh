#!/bin/bash
# Health map of a 20 TB disk at the default 1 MiB regions: memory against the
# 64 MB budget (issue 4), and the time to merge two scans and to persist and
# reload the result. Runs anywhere the build does (no root needed); under
# tools/bench it runs in the VM with the others.
set -euo pipefail
if [ -n "${DMREMAP_SRC:-}" ]; then
	source "$DMREMAP_SRC/tests/lib/vmtest.sh"
	source "$DMREMAP_SRC/tests/vm/30-core-lib.bash"
else
	probe=${1:-build/tests/unit/probe/dmremap-scan-probe}
	bench_report() { printf 'BENCH\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}"; }
fi
probe=${DMREMAP_BENCH_PROBE:-$probe} # e.g. a release build's
out=$("$probe" mapbench 20)
echo "$out" | sed 's/^/# /'
field() { awk -v k="$1" '$1 == k { print $2 }' <<<"$out"; }
bench_report "core-healthmap 20TB memory" "$(($(field memory_bytes) / 1000000))" MB "<= 64"
bench_report "core-healthmap 20TB memory/budget" "$(field memory_budget_ratio)" ratio "<= 1"
bench_report "core-healthmap 20TB merge" "$(field merge_seconds)" s
bench_report "core-healthmap 20TB persist" "$(field persist_seconds)" s
bench_report "core-healthmap 20TB load" "$(field load_seconds)" s
bench_report "core-healthmap 20TB file" "$(($(field file_bytes) / 1000))" kB
[ "$(field roundtrip_equal)" = 1 ] || { echo "persisted map differs after reload" >&2; exit 1; }
