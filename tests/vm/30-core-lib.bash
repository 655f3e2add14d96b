# shellcheck shell=bash
# Shared by tests/vm/30-core-*.sh: the core library's probe tool and the
# arithmetic from injected sector ranges to the 4 KiB remap units the scanner
# must report. Sourced, not run.
probe=$DMREMAP_BUILD/tests/unit/probe/dmremap-scan-probe
[ -x "$probe" ] || fail "dmremap-scan-probe not built in $DMREMAP_BUILD"

# units_of "FIRST:COUNT ..." [SECTORS_PER_UNIT] -> the unit indexes touched by
# these 512-byte sector ranges, ascending, space-separated.
units_of() {
	local per=${2:-8} r f c
	for r in $1; do
		f=${r%%:*} c=${r##*:}
		seq $((f / per)) $(((f + c - 1) / per))
	done | sort -n | uniq | tr '\n' ' ' | sed 's/ $//'
}

# scan_field OUTPUT KEY -> the rest of the line "KEY ..." of the probe's output
scan_field() {
	grep "^$2\( \|$\)" <<<"$1" | cut -s -d' ' -f2- || true
}
