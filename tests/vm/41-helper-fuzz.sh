#!/bin/bash
# Fuzz: 10,000 calls with random and malformed arguments from an
# unprivileged user (no polkit rule); afterwards the helper still answers,
# never left the bus, and nothing was created, formatted or remapped.
# DMREMAP_TEST_FUZZ_CALLS: the number of calls (default 10,000).
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"
set -u

sysbus_start
trap sysbus_stop EXIT
sysbus_user dmfuzz
kmod_load
nullb_create nullb0 16 >/dev/null && nullb_create nullb1 16 >/dev/null && nullb_create nullb2 16 >/dev/null
nullb_bad_add nullb0 100 100
# A remap device made by root, so the fuzz reaches RemapDevice methods too.
"$DMREMAP_BUILD/app/cli/dmremapctl" create nullb0 nullb1 --format >/dev/null || fail "create remap-nullb0"
status_before=$(dmsetup status remap-nullb0)
list_before=$(dmsetup message remap-nullb0 0 list)
blank_before=$(md5sum </dev/nullb2)
history_before=$(ls -R /var/lib/dmremap 2>/dev/null)

# Where the fuzz's time goes: CPU seconds of the bus, polkitd and the helper
# before and after it (the fuzzer prints its own rate).
cpu() { ps -C dbus-daemon,polkitd,dmremap-helper -o comm=,time= | sort; }
cpu_before=$(cpu)
out=$(as_user dmfuzz "$DMREMAP_BUILD/tests/unit/helper/dmremap-dbus-fuzz" "${DMREMAP_TEST_FUZZ_CALLS:-10000}") ||
	fail "fuzz: $out"
echo "$out"
note "CPU time before the fuzz: ${cpu_before//$'\n'/, }; after: $(cpu | paste -s -d,)"
calls=${DMREMAP_TEST_FUZZ_CALLS:-10000}
grep -q "calls $calls, answered $calls, no reply 0, same owner yes, alive yes" <<<"$out" || fail "fuzz summary: $out"
grep -q 'org.dmremap.Helper1.Error.NotAuthorized' <<<"$out" || fail "no call reached polkit"
grep -q 'org.dmremap.Helper1.Error.InvalidArgs' <<<"$out" || fail "no call was refused as invalid"

# Nothing was created, formatted or remapped.
expect_eq "$(dmsetup ls --target remap | awk '{print $1}')" "remap-nullb0" "remap devices after the fuzz"
expect_eq "$(dmsetup status remap-nullb0)" "$status_before" "status (remaps, pending, generation)"
expect_eq "$(dmsetup message remap-nullb0 0 list)" "$list_before" "remap table"
expect_eq "$(md5sum </dev/nullb2)" "$blank_before" "the unused device"
expect_eq "$(ls -R /var/lib/dmremap 2>/dev/null)" "$history_before" "scan history (no scan ran)"
gcall "$HELPER_PATH" org.freedesktop.DBus.Properties.Get org.dmremap.Helper1.Manager Version | grep -q 0.1.0 ||
	fail "helper does not answer after the fuzz"
