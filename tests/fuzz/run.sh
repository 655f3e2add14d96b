#!/bin/bash
# tests/fuzz/run.sh [--time SECONDS] [--out DIR] [FUZZER...]
#
# Builds the libFuzzer targets of the plain-C parse/validate code of the
# kernel target (kmod/dm-remap-parse.c) and of dmremap-spare's reader with
# clang (ASan + UBSan), then runs each for SECONDS (default 60). Corpora and
# crash artifacts are kept in DIR (default build-fuzz/ in the repository).
# Exit status is non-zero when a fuzzer finds a crash. For tools/check:
#   tests/fuzz/run.sh --time 120 --out build/fuzz
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
time=60 out=$repo/build-fuzz
while [ $# -gt 0 ]; do
	case $1 in
	--time) time=$2; shift 2 ;;
	--out) out=$2; shift 2 ;;
	-h | --help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
	*) break ;;
	esac
done
fuzzers=("$@")
[ ${#fuzzers[@]} -gt 0 ] || fuzzers=(fuzz-superblock fuzz-table fuzz-args fuzz-status fuzz-spare)
CC=${CC:-clang} CXX=${CXX:-clang++}
mkdir -p "$out/bin"
flags=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I"$repo/kmod" -I"$repo/core")
parse=("$repo/kmod/dm-remap-parse.c" "$repo/core/spare/dmr-crc32c.c")
core=("$repo/core/spare/blockdevice.cpp" "$repo/core/spare/sparereader.cpp" "$repo/core/spare/spareformatter.cpp"
	"$repo/core/error/error.cpp" "$repo/core/error/status.cpp")

"$CC" -std=c11 -O1 -I"$repo/kmod" "$here/mkseeds.c" "${parse[@]}" -o "$out/bin/mkseeds" -lpthread
for f in "${fuzzers[@]}"; do
	mkdir -p "$out/corpus/$f" "$out/artifacts/$f"
	if [ -f "$here/$f.c" ]; then
		"$CC" -std=c11 "${flags[@]}" "$here/$f.c" "${parse[@]}" -o "$out/bin/$f" -lpthread
	else
		objs=()
		for c in "${parse[@]}"; do
			"$CC" -std=c11 "${flags[@]/-fsanitize=fuzzer,/-fsanitize=fuzzer-no-link,}" -c "$c" \
				-o "$out/bin/$(basename "$c").o"
			objs+=("$out/bin/$(basename "$c").o")
		done
		"$CXX" -std=c++20 "${flags[@]}" "$here/$f.cpp" "${core[@]}" "${objs[@]}" -o "$out/bin/$f" -lpthread
	fi
done
"$out/bin/mkseeds" "$out/corpus"

rc=0
for f in "${fuzzers[@]}"; do
	echo "fuzz: $f for ${time} s"
	if ! "$out/bin/$f" -max_total_time="$time" -print_final_stats=1 -artifact_prefix="$out/artifacts/$f/" \
		"$out/corpus/$f" >"$out/$f.log" 2>&1; then
		echo "fuzz: $f FAILED (see $out/$f.log, artifacts in $out/artifacts/$f)"
		tail -30 "$out/$f.log"
		rc=1
	else
		grep -E "stat::number_of_executed_units|cov:" "$out/$f.log" | tail -2 | sed "s/^/fuzz: $f: /"
	fi
done
exit $rc
