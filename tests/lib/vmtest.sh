# shellcheck shell=bash
# tests/lib/vmtest.sh: shared helpers of the VM test scripts (tests/vm/*.sh).
# Source it; every function fails the script (via `fail`) when the kernel
# refuses what it asks for. Sectors are 512-byte units everywhere, as in
# device-mapper, whatever the device's logical block size.
#
# Environment set by tools/vm: DMREMAP_SRC (repository), DMREMAP_BUILD (build
# tree), DMREMAP_KMOD (built dm-remap.ko), DMREMAP_OUT (writable folder of
# this script).

: "${DMREMAP_SRC:?run VM scripts through tools/vm}"
: "${DMREMAP_OUT:=/tmp}"
VMTEST_STATE=/run/dmremap-vmtest
mkdir -p "$VMTEST_STATE"

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

note() { echo "# $*"; }

# expect_eq ACTUAL EXPECTED WHAT
expect_eq() {
	[ "$1" = "$2" ] || fail "$3: got '$1', expected '$2'"
}

# blkio: tests/lib/blkio.c, built in the tree (see its header for the modes).
blkio() { "$DMREMAP_BUILD/tests/lib/blkio" "$@"; }

# Waits until a device node exists (devtmpfs creates it asynchronously).
wait_dev() { # PATH
	local i
	for i in $(seq 1 100); do
		[ -b "$1" ] && return 0
		sleep 0.05
	done
	fail "device $1 did not appear"
}

# --- the module under test ---------------------------------------------------

kmod_load() {
	[ -f "${DMREMAP_KMOD:-}" ] || fail "dm-remap.ko not built (DMREMAP_KMOD='${DMREMAP_KMOD:-}')"
	# insmod does not resolve dependencies: dm-mod, and crc32c() lives in
	# libcrc32c (a module in Debian's kernels).
	modprobe -a dm-mod libcrc32c || fail "modprobe dm-mod libcrc32c"
	grep -q '^dm_remap ' /proc/modules || insmod "$DMREMAP_KMOD" "$@" || fail "insmod $DMREMAP_KMOD"
}

kmod_unload() {
	if grep -q '^dm_remap ' /proc/modules; then rmmod dm_remap || fail "rmmod dm_remap"; fi
}

# --- null_blk: memory-backed, bad ranges set and cleared at run time ---------

# nullb_create NAME SIZE_MIB [BLOCK_SIZE] -> prints /dev/NAME
nullb_create() {
	local name=$1 size=$2 bs=${3:-512} d=/sys/kernel/config/nullb/$1
	grep -q '^null_blk ' /proc/modules || modprobe null_blk nr_devices=0 || fail "modprobe null_blk"
	[ -d /sys/kernel/config/nullb ] || mount -t configfs none /sys/kernel/config 2>/dev/null || true
	mkdir "$d" || fail "null_blk $name exists"
	echo "$size" >"$d/size"
	echo "$bs" >"$d/blocksize"
	echo 1 >"$d/memory_backed"
	echo 1 >"$d/power" || fail "null_blk $name: power on"
	wait_dev "/dev/$name"
	echo "/dev/$name"
}

# nullb_bad_add NAME FIRST_SECTOR LAST_SECTOR (inclusive): reads and writes
# there fail with BLK_STS_IOERR from now on.
nullb_bad_add() {
	echo "+$2-$3" >"/sys/kernel/config/nullb/$1/badblocks" || fail "null_blk $1: add bad $2-$3"
}

nullb_bad_clear() {
	echo "-$2-$3" >"/sys/kernel/config/nullb/$1/badblocks" || fail "null_blk $1: clear bad $2-$3"
}

nullb_remove() {
	local d=/sys/kernel/config/nullb/$1
	[ -d "$d" ] || return 0
	echo 0 >"$d/power"
	rmdir "$d"
}

# --- scsi_debug: a SCSI disk whose reads fail with MEDIUM ERROR sense data --

# scsidebug_create SIZE_MIB [SECTOR_SIZE] -> prints /dev/sdX
scsidebug_create() {
	local size=$1 ss=${2:-512} dev i
	modprobe scsi_debug dev_size_mb="$size" sector_size="$ss" num_tgts=1 max_luns=1 \
		medium_error_count=0 opts=0 || fail "modprobe scsi_debug"
	for i in $(seq 1 100); do
		dev=$(ls /sys/bus/pseudo/drivers/scsi_debug/adapter*/host*/target*/*:*/block/ 2>/dev/null | head -1)
		[ -n "$dev" ] && break
		sleep 0.05
	done
	[ -n "$dev" ] || fail "scsi_debug disk did not appear"
	wait_dev "/dev/$dev"
	echo "/dev/$dev"
}

# scsidebug_medium_error FIRST_LBA COUNT: reads touching these logical blocks
# (in the disk's sector size) fail with MEDIUM ERROR from now on; COUNT 0
# clears. Writes are not affected (scsi_debug only fails reads).
scsidebug_medium_error() {
	local p=/sys/module/scsi_debug/parameters opts=/sys/bus/pseudo/drivers/scsi_debug/opts
	if [ "$2" = 0 ]; then
		# A count of 0 still fails the start block: switch the option off.
		echo 0 >$opts || fail "scsi_debug: opts"
		return 0
	fi
	echo "$1" >$p/medium_error_start || fail "scsi_debug: medium_error_start"
	echo "$2" >$p/medium_error_count || fail "scsi_debug: medium_error_count"
	echo 2 >$opts || fail "scsi_debug: opts (medium errors on)"
}

scsidebug_remove() {
	grep -q '^scsi_debug ' /proc/modules || return 0
	local i
	for i in $(seq 1 50); do
		rmmod scsi_debug 2>/dev/null && return 0
		sleep 0.1
	done
	fail "rmmod scsi_debug"
}

# --- failing disk: dm-linear over a loop file with `error` segments ----------

# _faildisk_table DEV TOTAL_SECTORS "FIRST:COUNT ..." -> a device-mapper table
_faildisk_table() {
	local dev=$1 total=$2 pos=0 first count
	local -a bad
	read -ra bad <<<"$(tr ' ' '\n' <<<"$3" | grep . | sort -t: -k1,1n | tr '\n' ' ')"
	for r in "${bad[@]}"; do
		first=${r%%:*} count=${r##*:}
		[ "$first" -ge "$pos" ] || fail "faildisk: overlapping bad ranges in '$3'"
		[ $((first + count)) -le "$total" ] || fail "faildisk: bad range $r beyond the end"
		[ "$first" -gt "$pos" ] && echo "$pos $((first - pos)) linear $dev $pos"
		echo "$first $count error"
		pos=$((first + count))
	done
	[ "$pos" -lt "$total" ] && echo "$pos $((total - pos)) linear $dev $pos"
	return 0
}

# faildisk_create NAME SIZE_MIB "FIRST:COUNT ..." -> prints /dev/mapper/NAME
faildisk_create() {
	local name=$1 size=$2 img=/tmp/faildisk-$1.img loop
	truncate -s "${size}M" "$img"
	modprobe loop
	loop=$(losetup --find --show --direct-io=on "$img") || fail "losetup $img"
	echo "$loop" >"$VMTEST_STATE/faildisk-$name"
	_faildisk_table "$loop" $((size * 2048)) "$3" | dmsetup create "$name" >/dev/null ||
		fail "dmsetup create $name"
	wait_dev "/dev/mapper/$name"
	echo "/dev/mapper/$name"
}

# faildisk_set_bad NAME "FIRST:COUNT ...": replaces the bad ranges in place
# (table reload; the device stays open and keeps its number).
faildisk_set_bad() {
	local name=$1 loop total
	loop=$(cat "$VMTEST_STATE/faildisk-$name")
	total=$(blockdev --getsz "$loop")
	_faildisk_table "$loop" "$total" "$2" | dmsetup load "$name" || fail "dmsetup load $name"
	dmsetup resume "$name" || fail "dmsetup resume $name"
}

faildisk_remove() {
	local name=$1
	dmsetup remove "$name" 2>/dev/null || true
	if [ -f "$VMTEST_STATE/faildisk-$name" ]; then
		losetup -d "$(cat "$VMTEST_STATE/faildisk-$name")" || true
		rm -f "$VMTEST_STATE/faildisk-$name" "/tmp/faildisk-$name.img"
	fi
}

# --- slow region: dm-delay over a range of DEV ------------------------------

# slowdisk_create NAME DEV FIRST COUNT DELAY_MS -> prints /dev/mapper/NAME;
# I/O to sectors FIRST..FIRST+COUNT-1 waits DELAY_MS, the rest is dm-linear.
slowdisk_create() {
	local name=$1 dev=$2 first=$3 count=$4 ms=$5 total
	total=$(blockdev --getsz "$dev")
	[ $((first + count)) -le "$total" ] || fail "slowdisk: range beyond the end of $dev"
	{
		[ "$first" -gt 0 ] && echo "0 $first linear $dev 0"
		echo "$first $count delay $dev $first $ms"
		[ $((first + count)) -lt "$total" ] && echo "$((first + count)) $((total - first - count)) linear $dev $((first + count))"
	} | dmsetup create "$name" >/dev/null || fail "dmsetup create $name"
	wait_dev "/dev/mapper/$name"
	echo "/dev/mapper/$name"
}

# --- dm-log-writes: every write to DEV also logged on LOGDEV, for replay -----

# logwrites_create NAME DEV LOGDEV -> prints /dev/mapper/NAME. Replay with
# tests/lib/logwrites.py (list, replay).
logwrites_create() {
	local name=$1 dev=$2 logdev=$3
	echo "0 $(blockdev --getsz "$dev") log-writes $dev $logdev" | dmsetup create "$name" >/dev/null ||
		fail "dmsetup create $name (log-writes)"
	wait_dev "/dev/mapper/$name"
	echo "/dev/mapper/$name"
}

logwrites_mark() {
	dmsetup message "$1" 0 mark "$2" || fail "log-writes mark $2"
}

logwrites_remove() { dmsetup remove "$1" || fail "dmsetup remove $1"; }

# --- cleanup between scripts (called by the guest runner) --------------------

vm_cleanup() {
	local d
	dmsetup remove_all --force >/dev/null 2>&1 || true
	for d in /sys/kernel/config/nullb/*/; do
		[ -d "$d" ] || continue
		echo 0 >"$d/power" 2>/dev/null || true
		rmdir "$d" 2>/dev/null || true
	done
	losetup -D 2>/dev/null || true
	rm -f /tmp/faildisk-*.img "$VMTEST_STATE"/* 2>/dev/null || true
	for m in dm_remap scsi_debug null_blk; do
		grep -q "^$m " /proc/modules && rmmod "$m" 2>/dev/null || true
	done
	return 0
}

# bench_report NAME VALUE UNIT [GOAL]: one result line for tools/bench.
bench_report() {
	printf 'BENCH\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}"
}
