# shellcheck shell=bash
# Helpers shared by the tests/vm/20-kmod-*.sh scripts (the dm-remap target).
# Not a test itself (tools/vm runs *.sh only). Source after vmtest.sh.

DMREMAP_SPARE_TOOL=$DMREMAP_BUILD/core/spare/dmremap-spare
[ -x "$DMREMAP_SPARE_TOOL" ] || fail "dmremap-spare not built at $DMREMAP_SPARE_TOOL"

spare_tool() { "$DMREMAP_SPARE_TOOL" "$@"; }

# The module needs crc32c (libcrc32c) and dm-mod before insmod.
remap_load() {
	modprobe -a dm-mod libcrc32c crc32c-intel 2>/dev/null || modprobe -a dm-mod libcrc32c ||
		fail "modprobe dm-mod libcrc32c"
	kmod_load
}

# remap_create NAME MAIN SPARE [FEATURE...]: a target over the whole main.
remap_create() {
	local name=$1 main=$2 spare=$3
	shift 3
	local feat=""
	[ $# -gt 0 ] && feat=" $# $*"
	dmsetup create "$name" --table "0 $(blockdev --getsz "$main") remap $main $spare$feat" ||
		fail "dmsetup create $name"
	wait_dev "/dev/mapper/$name"
}

# remap_status NAME FIELD: a field of the status line, by name.
#   version state unit remapped capacity pending read_errors write_errors
#   auto_remaps manual_remaps generation valid_copies copies
remap_status() {
	local line
	line=$(dmsetup status "$1") || fail "dmsetup status $1"
	set -- $line "$2"
	local want=${!#}
	[ "$3" = remap ] || fail "not a remap target: $line"
	case $want in
	version) echo "$4" ;;
	state) echo "$5" ;;
	unit) echo "$6" ;;
	remapped) echo "${7%/*}" ;;
	capacity) echo "${7#*/}" ;;
	pending) echo "$8" ;;
	read_errors) echo "$9" ;;
	write_errors) echo "${10}" ;;
	auto_remaps) echo "${11}" ;;
	manual_remaps) echo "${12}" ;;
	generation) echo "${13}" ;;
	valid_copies) echo "${14%/*}" ;;
	copies) echo "${14#*/}" ;;
	*) fail "remap_status: unknown field $want" ;;
	esac
}

remap_msg() { local n=$1; shift; dmsetup message "$n" 0 "$@"; }

# remap_list NAME: "unit slot state" lines, all of them.
remap_list() { remap_msg "$1" list 0 100000; }

# spare_list SPARE: the same lines from dmremap-spare check --json.
spare_list() {
	spare_tool check "$1" --json | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert r["usable"], r
for e in r["entries"]:
    print(e["main_unit"], "-" if e["slot"] is None else e["slot"], e["state"])'
}

spare_json_field() { # SPARE FIELD
	spare_tool check "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin).get(sys.argv[1]))' "$2"
}

# Expect a command to fail.
must_fail() {
	if ("$@") >/dev/null 2>&1; then fail "expected failure: $*"; fi
}

# dmesg must not have grown a line matching PATTERN since mark_dmesg.
mark_dmesg() { dmesg | wc -l >"$DMREMAP_OUT/dmesg.mark"; }
dmesg_since() { dmesg | tail -n +"$(($(cat "$DMREMAP_OUT/dmesg.mark") + 1))"; }

# remap_setup PREFIX [SPARE_MB]: the module loaded, a 32 MiB null_blk main
# PREFIXmain, a SPARE_MB (default 8) MiB spare PREFIXspare formatted with
# 4 KiB units, and the target PREFIX0 over them. Sets main, spare, dev.
remap_setup() {
	local p=$1
	remap_load
	main=$(nullb_create "${p}main" 32)
	spare=$(nullb_create "${p}spare" "${2:-8}")
	spare_tool format "$main" "$spare" --unit 4096 >/dev/null
	remap_create "${p}0" "$main" "$spare"
	dev=/dev/mapper/${p}0
}

# spare_valid_copies SPARE: how many metadata copies dmremap-spare check
# finds valid, from its exit status (0 all, 1 one damaged, 2 none usable).
spare_valid_copies() {
	local rc=0
	spare_tool check "$1" >/dev/null || rc=$?
	case $rc in
	0) echo 2 ;;
	1) echo 1 ;;
	2) echo 0 ;;
	*) fail "dmremap-spare check $1: exit status $rc" ;;
	esac
}

# remap_expect_list NAME FILE WHAT: the target's list equals FILE.
remap_expect_list() {
	remap_list "$1" >"$DMREMAP_OUT/list"
	cmp -s "$2" "$DMREMAP_OUT/list" || fail "$3: list differs: $(head -5 "$DMREMAP_OUT/list")"
}
