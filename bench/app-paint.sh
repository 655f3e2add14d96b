#!/bin/bash
# bench: host
# Paint time of the health map: a 20 TB disk at 1 MiB regions with realistic
# variety (healthy areas, a weak band, clusters of bad, pending and remapped
# units, an unscanned tail), painted by the real HealthMapView at 1920x1080
# on Qt's offscreen platform, 50 repaints: median and p95 against the 16 ms
# goal (issue 6), plus the first paint of the zoom (which aggregates 10
# regions per pixel), the paint after a live update, and two deeper zooms.
#
# Runs OUTSIDE the VM: it needs the Qt build, not the kernel module. Run it
# in the build root from the repository root:
#   tools/buildroot run -- bench/app-paint.sh [BUILD_DIR]
# BUILD_DIR (default build-app-release) is configured with the release
# preset and only the benchmark's program is built (-j1). Under tools/vm
# (DMREMAP_SRC set) it skips itself.
set -euo pipefail
if [ -n "${DMREMAP_SRC:-}" ]; then
	echo "# app-paint: runs outside the VM (tools/buildroot run -- bench/app-paint.sh); skipped"
	exit 0
fi
build=${1:-build-app-release}
if [ ! -x "$build/tests/app/dmremap-bench-paint" ] || [ -n "${DMREMAP_BENCH_REBUILD:-}" ]; then
	cmake --preset release -B "$build" -DDMREMAP_BUILD_KMOD=OFF >/dev/null
	cmake --build "$build" -j"${DMREMAP_BENCH_JOBS:-1}" --target dmremap-bench-paint >/dev/null
fi
QT_QPA_PLATFORM=offscreen "$build/tests/app/dmremap-bench-paint" --disk-bytes 20000000000000 \
	--width 1920 --height 1080 --iterations "${DMREMAP_BENCH_ITERATIONS:-50}"
