#!/bin/bash
# dmsetup message spawned as a process against the same message sent through
# libdevmapper in-process (ctypes), on a dm-remap device: time per message.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"
N=${DMREMAP_BENCH_MESSAGES:-200}

remap_load
main=$(nullb_create mmain 64)
spare=$(nullb_create mspare 16)
spare_tool format "$main" "$spare" >/dev/null
remap_create m0 "$main" "$spare"
start=$(date +%s%N)
for _ in $(seq "$N"); do dmsetup message m0 0 stats >/dev/null; done
end=$(date +%s%N)
proc_us=$(((end - start) / 1000 / N))
lib_us=$(python3 - "$N" <<'PY'
import ctypes, sys, time
n = int(sys.argv[1])
dm = ctypes.CDLL("libdevmapper.so.1.02.1")
dm.dm_task_create.restype = ctypes.c_void_p
dm.dm_task_get_message_response.restype = ctypes.c_char_p
for f in ("dm_task_set_name", "dm_task_set_message", "dm_task_set_sector", "dm_task_run",
          "dm_task_destroy", "dm_task_get_message_response"):
    getattr(dm, f).argtypes = [ctypes.c_void_p] + ([ctypes.c_char_p] if f in ("dm_task_set_name", "dm_task_set_message") else
                                                   [ctypes.c_uint64] if f == "dm_task_set_sector" else [])
DM_DEVICE_TARGET_MSG = 17
def once():
    t = dm.dm_task_create(DM_DEVICE_TARGET_MSG)
    dm.dm_task_set_name(t, b"m0")
    dm.dm_task_set_sector(t, 0)
    dm.dm_task_set_message(t, b"stats")
    assert dm.dm_task_run(t)
    r = dm.dm_task_get_message_response(t)
    assert r and r.startswith(b"reads="), r
    dm.dm_task_destroy(t)
once()
start = time.perf_counter()
for _ in range(n):
    once()
print(int((time.perf_counter() - start) * 1e6 / n))
PY
)
note "dmsetup process: $proc_us us per message, libdevmapper in-process: $lib_us us"
bench_report "kmod message via dmsetup process" "$proc_us" us ""
bench_report "kmod message via libdevmapper in-process" "$lib_us" us ""
bench_report "kmod message process / in-process" "$(python3 -c "print(f'{$proc_us / max($lib_us, 1):.1f}')")" ratio ""
dmsetup remove m0
