#!/bin/bash
# The helper on a real system bus with a real polkitd, started by D-Bus
# activation from the installed activation file. For every method: it works
# as root; an unprivileged user is refused with NotAuthorized; a polkit rule
# granting the user makes it work; bad arguments give InvalidArgs.
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"
set -u

M=$HELPER_PATH
MI=org.dmremap.Helper1.Manager
DI=org.dmremap.Helper1.Drive
RI=org.dmremap.Helper1.RemapDevice
JI=org.dmremap.Helper1.Job
NOI="{'auth.no_user_interaction': <true>}"

sysbus_start
trap sysbus_stop EXIT
sysbus_user dmtest
u() { GCALL_AS=dmtest "$@"; }
# g VERB CMD...: CMD as the user polkit grants org.dmremap.helper.VERB only.
g() {
	local verb=$1
	shift
	sysbus_user "dmg-$verb" # sysbus_grantee without a subshell
	GCALL_AS=dmg-$verb "$@"
}
# path_of CMD...: CMD must succeed; prints the object path of its reply
# (the text between its single quotes).
path_of() {
	local out
	out=$(expect_ok "$@") || exit 1
	[[ $out =~ \'([^\']*)\' ]] || fail "no object path in the reply of $*: $out"
	echo "${BASH_REMATCH[1]}"
}

# --- activation ---------------------------------------------------------------
[ -z "$(helper_pid)" ] || fail "helper runs before the first call"
[[ $(expect_ok gcall $M org.freedesktop.DBus.Properties.Get $MI Version) == *"'0.1.0'"* ]] || fail "Version"
pid=$(helper_pid)
[ -n "$pid" ] || fail "helper not activated"
expect_eq "$(readlink /proc/"$pid"/exe)" /usr/libexec/dmremap-helper "activated executable"
expect_eq "$(stat -c %u /proc/"$pid")" 0 "helper uid"
note "activated as pid $pid"

# --- LoadModule: missing for this kernel, then installed ----------------------
modindex_save
modindex_only # no dm-remap for this kernel
grep -q '^dm_remap ' /proc/modules && rmmod dm_remap
expect_error NotAuthorized u gcall $M $MI.LoadModule "$NOI"
out=$(gcall $M $MI.LoadModule "{}" 2>&1) && fail "LoadModule without the module succeeded"
[[ $out =~ Error.NotFound.*"not installed for kernel $(uname -r)" ]] || fail "missing module: $out"
modindex_only dm-remap
expect_error InvalidArgs gcall $M $MI.LoadModule "{'bogus': <1>}"
expect_error InvalidArgs gcall $M $MI.LoadModule "{'auth.no_user_interaction': <'yes'>}"
expect_error NotAuthorized g scan gcall $M $MI.LoadModule "$NOI" # granted another action only
expect_ok g load-module gcall $M $MI.LoadModule "$NOI" >/dev/null
grep -q '^dm_remap ' /proc/modules || fail "LoadModule did not load dm_remap"
modindex_restore
expect_error NotAuthorized u gcall $M $MI.LoadModule "$NOI" # loaded: still polkit first
expect_ok g load-module gcall $M $MI.LoadModule "$NOI" >/dev/null # loaded: nothing changes
[[ $(expect_ok gcall $M org.freedesktop.DBus.Properties.Get $MI ModuleLoaded) == *true* ]] || fail ModuleLoaded

# --- devices --------------------------------------------------------------------
main=$(nullb_create nullb0 64) && spare=$(nullb_create nullb1 32) && other=$(nullb_create nullb2 16)
nullb_bad_add nullb0 2048 2048 # one 512-byte unit (null_blk: 512-byte blocks)

# GetDrive: validation only (no device I/O, no polkit check)
expect_error InvalidArgs u gcall $M $MI.GetDrive "'../sda'" "{}"
expect_error InvalidArgs u gcall $M $MI.GetDrive "'/dev/nullb0'" "{}"
expect_error InvalidArgs u gcall $M $MI.GetDrive "'nullb0;rm'" "{}"
expect_error NotFound u gcall $M $MI.GetDrive "'nosuchdisk'" "{}"
D0=$(path_of u gcall $M $MI.GetDrive "'nullb0'" "{}") || exit 1
D1=$(path_of gcall $M $MI.GetDrive "'nullb1'" "{}") || exit 1
expect_eq "$D0" "$M/drives/nullb0" "drive path"
# A symlink or foreign node named like a device is refused.
ln -s /dev/nullb2 /dev/fakeblk 2>/dev/null
expect_error NotFound gcall $M $MI.GetDrive "'fakeblk'" "{}"
rm -f /dev/fakeblk

# Drive methods that read the device: read-health / self-test
for m in "SmartUpdate {}" "SmartGetAttributes {}" "SmartGetBlob {}" "AbortSelfTest {}"; do
	set -- $m
	expect_error NotAuthorized u gcall "$D0" "$DI.$1" "$NOI"
	expect_error NotAvailable gcall "$D0" "$DI.$1" "{}"
	expect_error InvalidArgs gcall "$D0" "$DI.$1" "{'x': <1>}"
done
expect_error NotAuthorized u gcall "$D0" $DI.StartSelfTest "'short'" "$NOI"
expect_error NotAvailable gcall "$D0" $DI.StartSelfTest "'short'" "{}"
expect_error InvalidArgs gcall "$D0" $DI.StartSelfTest "'forever'" "{}"
expect_error NotAvailable g read-health gcall "$D0" $DI.SmartUpdate "$NOI"
expect_error NotAvailable g self-test gcall "$D0" $DI.StartSelfTest "'short'" "$NOI"

# StartScan
expect_error NotAuthorized u gcall "$D0" $DI.StartScan "$NOI"
expect_error InvalidArgs gcall "$D0" $DI.StartScan "{'request_bytes': <uint32 1>}"
expect_error InvalidArgs gcall "$D0" $DI.StartScan "{'end_bytes': <uint64 999999999999>}"
expect_error InvalidArgs gcall "$D0" $DI.StartScan "{'request_bytes': <'big'>}"
# A slow scan (1 MiB/s) holds the device: a second one is Busy, another user
# may not cancel it, its starter may.
J=$(path_of gcall "$D0" $DI.StartScan "{'max_bytes_per_second': <uint64 1048576>}") || exit 1
expect_error Busy gcall "$D0" $DI.StartScan "{}"
expect_error NotAuthorized u gcall "$J" $JI.Cancel "$NOI"
# Pause and Resume (a scan): no reads while paused, reads again after.
bytes() { # BytesDone of job $J
	local out
	out=$(gcall "$J" org.freedesktop.DBus.Properties.Get $JI BytesDone)
	[[ $out =~ uint64\ ([0-9]*) ]] || fail "BytesDone of $J: $out"
	echo "${BASH_REMATCH[1]}"
}
expect_error NotAuthorized u gcall "$J" $JI.Pause "$NOI"
expect_ok "$DMREMAP_BUILD/app/cli/dmremapctl" pause "$J" >/dev/null
expect_eq "$(gcall "$J" org.freedesktop.DBus.Properties.Get $JI Paused)" "(<true>,)" "Paused"
sleep 1 # reads in flight end; the last progress reaches the property
b1=$(bytes)
sleep 1.5
expect_eq "$(bytes)" "$b1" "BytesDone while paused"
expect_error NotAuthorized u gcall "$J" $JI.Resume "$NOI"
expect_ok "$DMREMAP_BUILD/app/cli/dmremapctl" resume "$J" >/dev/null
for i in $(seq 1 50); do [ "$(bytes)" -gt "$b1" ] && break; sleep 0.2; done
[ "$(bytes)" -gt "$b1" ] || fail "no reads after Resume (BytesDone stays $b1)"
expect_eq "$(gcall "$J" org.freedesktop.DBus.Properties.Get $JI Paused)" "(<false>,)" "Paused after Resume"
note "scan paused at $b1 bytes, resumed"
expect_ok gcall "$J" $JI.Cancel "{}" >/dev/null
wait_job() {
	local i
	for i in $(seq 1 300); do
		[ "$(gcall "$1" org.freedesktop.DBus.Properties.Get $JI Finished 2>/dev/null)" = "(<true>,)" ] && return 0
		sleep 0.2
	done
	fail "job $1 did not finish"
}
wait_job "$J"
J=$(path_of gcall "$D0" $DI.StartScan "{'in_flight': <uint32 2>}") || exit 1
wait_job "$J"
expect_eq "$(gcall "$J" org.freedesktop.DBus.Properties.Get $JI BadUnits)" "(<uint64 1>,)" "scan found the bad unit"
J2=$(path_of g scan gcall "$D0" $DI.StartScan "{'auth.no_user_interaction': <true>, 'max_bytes_per_second': <uint64 1048576>}") || exit 1
expect_error NotAuthorized u gcall "$J2" $JI.Cancel "$NOI"
expect_ok g scan gcall "$J2" $JI.Cancel "{}" >/dev/null # the starter may cancel
wait_job "$J2"
J2=$(path_of gcall "$D0" $DI.StartScan "{'max_bytes_per_second': <uint64 1048576>}") || exit 1
expect_ok g cancel-job gcall "$J2" $JI.Cancel "$NOI" >/dev/null # cancel-job: anyone's job
wait_job "$J2"
expect_eq "$(gcall "$J2" org.freedesktop.DBus.Properties.Get $JI ErrorName)" "(<'org.dmremap.Helper1.Error.Cancelled'>,)" "cancelled job's ErrorName"

# GetHealthMap
expect_error NotAuthorized u gcall "$D0" $DI.GetHealthMap "$NOI"
expect_error InvalidArgs gcall "$D0" $DI.GetHealthMap "{'first_region': <uint64 999999>}"
hm=$(expect_ok gcall "$D0" $DI.GetHealthMap "{}")
[[ $hm == *"'bad': <[uint64 2048, 1]>"* ]] || fail "health map bad units: $hm"
[[ $hm == *"'region_count': <uint64 64>"* ]] || fail "health map regions: $hm"

# FormatSpare
expect_error NotAuthorized u gcall $M $MI.FormatSpare "'nullb0'" "'nullb1'" "$NOI"
expect_error InvalidArgs gcall $M $MI.FormatSpare "'nullb0'" "'nullb0'" "{}"
expect_error InvalidArgs gcall $M $MI.FormatSpare "'nullb0'" "'nullb1'" "{'unit_bytes': <uint32 3000>}"
J=$(path_of g format-spare gcall $M $MI.FormatSpare "'nullb0'" "'nullb2'" "$NOI") || exit 1
wait_job "$J"
J=$(path_of gcall $M $MI.FormatSpare "'nullb0'" "'nullb1'" "{}") || exit 1
for i in $(seq 1 50); do
	[ "$(gcall "$J" org.freedesktop.DBus.Properties.Get $JI Finished 2>/dev/null)" = "(<true>,)" ] && break
	sleep 0.1
done
"$DMREMAP_BUILD/core/spare/dmremap-spare" check /dev/nullb1 >/dev/null || fail "FormatSpare left no valid metadata"

# CreateRemapDevice
expect_error NotAuthorized u gcall $M $MI.CreateRemapDevice "'nullb0'" "'nullb1'" "$NOI"
expect_error InvalidArgs gcall $M $MI.CreateRemapDevice "'nullb0'" "'nullb1'" "{'name': <'a/b'>}"
expect_error InvalidArgs gcall $M $MI.CreateRemapDevice "'nullb0'" "'nullb1'" "{'read_retries': <uint32 99>}"
expect_error InvalidArgs gcall $M $MI.CreateRemapDevice "'nullb1'" "'nullb1'" "{}"
R=$(path_of gcall $M $MI.CreateRemapDevice "'nullb0'" "'nullb1'" "{}") || exit 1
expect_eq "$R" "$M/devices/remap_2dnullb0" "remap device path"
[ -b /dev/mapper/remap-nullb0 ] || fail "no /dev/mapper/remap-nullb0"
# Same pair again: nothing changes (once authorized); the user learns
# nothing, not even that the pair exists.
expect_error NotAuthorized u gcall $M $MI.CreateRemapDevice "'nullb0'" "'nullb1'" "$NOI"
expect_eq "$(g create gcall $M $MI.CreateRemapDevice "'nullb0'" "'nullb1'" "$NOI")" "(objectpath '$R',)" "idempotent create"
# State is looked at only after polkit: a missing device is NotAuthorized
# to the user, NotFound to root.
expect_error NotAuthorized u gcall $M $MI.CreateRemapDevice "'nosuchdisk'" "'nullb1'" "$NOI"
expect_error NotFound gcall $M $MI.CreateRemapDevice "'nosuchdisk'" "'nullb1'" "{}"
# The main device is in use now: destructive work on it is refused.
expect_error Busy gcall $M $MI.FormatSpare "'nullb2'" "'nullb0'" "{}"

# ListRemaps
expect_error NotAuthorized u gcall "$R" $RI.ListRemaps 0 10 "$NOI"
expect_error InvalidArgs gcall "$R" $RI.ListRemaps 0 0 "{}"
# A read of the bad unit makes it pending (the kernel's own probe of the new
# device may have read it already).
blkio probe /dev/mapper/remap-nullb0 2048 1 >/dev/null 2>&1
expect_eq "$(gcall "$R" $RI.ListRemaps 0 10 "{}")" "([(uint64 2048, uint32 4294967295, 'pending')],)" "remap list"
expect_eq "$(gcall "$R" org.freedesktop.DBus.Properties.Get $RI Pending)" "(<uint64 1>,)" "pending after a failed read"

# ClearPending (of a pending unit), Remap, RescueBlock
expect_error NotAuthorized u gcall "$R" $RI.ClearPending 2048 "$NOI"
expect_error InvalidArgs gcall "$R" $RI.ClearPending 999999999 "{}"
expect_error NotAuthorized u gcall "$R" $RI.ClearPending 4096 "$NOI" # not pending: no oracle for the user
expect_ok g clear-pending gcall "$R" $RI.ClearPending 4096 "$NOI" >/dev/null # not pending: nothing changes
expect_error NotAuthorized u gcall "$R" $RI.Remap 4096 "$NOI"
expect_error InvalidArgs gcall "$R" $RI.Remap 999999999 "{}"
expect_ok gcall "$R" $RI.Remap 4096 "{}" >/dev/null
expect_error NotAuthorized u gcall "$R" $RI.Remap 4096 "$NOI" # remapped already: no oracle for the user
expect_ok g remap gcall "$R" $RI.Remap 4096 "$NOI" >/dev/null # remapped already: nothing changes
expect_error NotAuthorized u gcall "$R" $RI.RescueBlock 2048 "$NOI"
expect_error InvalidArgs gcall "$R" $RI.RescueBlock 2048 "{'retries': <uint32 0>}"
J=$(path_of gcall "$R" $RI.RescueBlock 2048 "{'retries': <uint32 2>}") || exit 1
wait_job "$J"
expect_eq "$(gcall "$J" org.freedesktop.DBus.Properties.Get $JI ErrorName)" "(<'org.dmremap.Helper1.Error.MediumError'>,)" "rescue of an unreadable unit"
expect_eq "$(gcall "$R" org.freedesktop.DBus.Properties.Get $RI Pending)" "(<uint64 1>,)" "unreadable: still pending"
expect_ok g clear-pending gcall "$R" $RI.ClearPending 2048 "$NOI" >/dev/null
expect_eq "$(gcall "$R" org.freedesktop.DBus.Properties.Get $RI Pending)" "(<uint64 0>,)" "cleared"
expect_ok g remap gcall "$R" $RI.Remap 8192 "$NOI" >/dev/null
expect_eq "$(gcall "$R" org.freedesktop.DBus.Properties.Get $RI ManualRemaps)" "(<uint64 2>,)" "manual remaps"

# Remove
expect_error NotAuthorized u gcall "$R" $RI.Remove "$NOI"
expect_error NotAuthorized g remap gcall "$R" $RI.Remove "$NOI" # granted another action only
expect_error InvalidArgs gcall "$R" $RI.Remove "{'force': <true>}"
exec 3</dev/mapper/remap-nullb0
expect_error Busy gcall "$R" $RI.Remove "{}"
exec 3<&-
expect_ok g remove gcall "$R" $RI.Remove "$NOI" >/dev/null
[ -e /dev/mapper/remap-nullb0 ] && fail "Remove left the device"
note "all methods checked"
