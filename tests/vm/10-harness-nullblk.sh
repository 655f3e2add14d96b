#!/bin/bash
# Fault-injection self-test: null_blk bad ranges fail reads and writes at
# exactly the configured sectors; every other sector keeps what was written;
# a range added or cleared at run time takes effect on the same device.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"

for bs in 512 4096; do
	dev=$(nullb_create hnb$bs 4 $bs)
	total=$((4 * 2048))
	nullb_bad_add hnb$bs 1000 1007
	nullb_bad_add hnb$bs 5000 5015

	out=$(blkio write "$dev" 0 $total --seed 7) && fail "writes to bad ranges succeeded"
	expect_eq "$(grep ^write-error <<<"$out" | tr '\n' ' ')" "write-error 1000-1007 write-error 5000-5015 " \
		"write errors ($bs)"
	out=$(blkio verify "$dev" 0 $total --seed 7) && fail "verify passed over bad ranges"
	expect_eq "$(grep -v ^sectors <<<"$out" | tr '\n' ' ')" "unreadable 1000-1007 unreadable 5000-5015 " \
		"unreadable ranges ($bs)"

	# Added at run time: takes effect at once, nothing else changes.
	nullb_bad_add hnb$bs 7000 7007
	out=$(blkio probe "$dev" 0 $total)
	expect_eq "$(grep ^unreadable <<<"$out" | tr '\n' ' ')" \
		"unreadable 1000-1007 unreadable 5000-5015 unreadable 7000-7007 " "after run-time add ($bs)"
	blkio verify "$dev" 0 1000 --seed 7 >/dev/null || fail "good sectors changed ($bs)"
	blkio verify "$dev" 7008 $((total - 7008)) --seed 7 >/dev/null || fail "good sectors changed ($bs)"

	# Cleared at run time: readable again, and writable.
	nullb_bad_clear hnb$bs 1000 1007
	blkio write "$dev" 1000 8 --seed 9 >/dev/null || fail "write after clear ($bs)"
	blkio verify "$dev" 1000 8 --seed 9 >/dev/null || fail "verify after clear ($bs)"
	nullb_remove hnb$bs
	note "null_blk $bs-byte blocks: ok"
done
