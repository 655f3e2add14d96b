#!/bin/bash
# bench: host
# Time from process start to the first frame of dmremap (goal <= 1 s, issue
# 6): the shell takes the wall clock right before exec, the application
# prints the wall clock once its first frame is painted and flushed
# (DMREMAP_FIRST_FRAME=1, see app/src/firstframelogger.h) and quits
# (DMREMAP_EXIT_AFTER_FIRST_FRAME=1). Two cases, 10 runs each, median and
# max: an empty window, and a 20 TB health map (1 MiB regions, made up with
# realistic variety) plus SMART data opened from files, 1920x1080.
# Under Xvfb (a real X server and the xcb plugin) when it is installed,
# otherwise on the offscreen platform.
#
# Runs OUTSIDE the VM: it needs the Qt build, not the kernel module. Run it
# in the build root from the repository root:
#   tools/buildroot run -- bench/app-startup.sh [BUILD_DIR]
# BUILD_DIR (default build-app-release) is configured with the release
# preset; only dmremap and the map maker are built (-j1). Under tools/vm
# (DMREMAP_SRC set) it skips itself.
set -euo pipefail
if [ -n "${DMREMAP_SRC:-}" ]; then
	echo "# app-startup: runs outside the VM (tools/buildroot run -- bench/app-startup.sh); skipped"
	exit 0
fi
build=${1:-build-app-release}
runs=${DMREMAP_BENCH_RUNS:-10}
if [ ! -x "$build/app/src/dmremap" ] || [ ! -x "$build/tests/app/dmremap-bench-paint" ] \
	|| [ -n "${DMREMAP_BENCH_REBUILD:-}" ]; then
	cmake --preset release -B "$build" -DDMREMAP_BUILD_KMOD=OFF >/dev/null
	cmake --build "$build" -j"${DMREMAP_BENCH_JOBS:-1}" --target dmremap dmremap-bench-paint >/dev/null
fi
work=$(mktemp -d)
xvfb_pid=
cleanup() {
	[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
QT_QPA_PLATFORM=offscreen "$build/tests/app/dmremap-bench-paint" --disk-bytes 20000000000000 \
	--write-map "$work/20tb.hmap" 2>/dev/null
repo=$(cd "$(dirname "$0")/.." && pwd)
smart=$repo/../shared/testdata/smart/Maxtor_96147H8--BAC51KJ0

platform=offscreen
if command -v Xvfb >/dev/null; then
	display=:$((90 + RANDOM % 400))
	Xvfb "$display" -screen 0 1920x1200x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
	xvfb_pid=$!
	for _ in $(seq 50); do
		[ -e "/tmp/.X11-unix/X${display#:}" ] && break
		sleep 0.1
	done
	if [ -e "/tmp/.X11-unix/X${display#:}" ]; then
		export DISPLAY=$display
		platform=xcb
	fi
fi
echo "# platform: $platform"

# ms from exec to the first frame, one run.
first_frame() {
	local start line
	start=$(date +%s%N)
	line=$(QT_QPA_PLATFORM=$platform DMREMAP_FIRST_FRAME=1 DMREMAP_EXIT_AFTER_FIRST_FRAME=1 \
		QT_LOGGING_RULES='dmremap.*=false' "$build/app/src/dmremap" --size 1920x1080 "$@" 2>/dev/null \
		| awk -F'\t' '$1 == "first-frame" { print $3 }')
	[ -n "$line" ] || { echo "dmremap printed no first frame" >&2; return 1; }
	echo $(((line - start) / 1000))
}
# "median max" in ms of a list of microseconds.
summary() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[int((NR + 1) / 2)] / 1000, v[NR] / 1000 }'; }

first_frame >/dev/null # warm the page cache
empty=$(for _ in $(seq "$runs"); do first_frame; done | summary)
map=$(for _ in $(seq "$runs"); do first_frame --map "$work/20tb.hmap" --smart "$smart"; done | summary)
bench_report() { printf 'BENCH\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}"; }
bench_report "app-startup-first-frame-empty-median" "${empty% *}" ms "<=1000"
bench_report "app-startup-first-frame-empty-max" "${empty#* }" ms "<=1000"
bench_report "app-startup-first-frame-20tb-map-median" "${map% *}" ms "<=1000"
bench_report "app-startup-first-frame-20tb-map-max" "${map#* }" ms "<=1000"
