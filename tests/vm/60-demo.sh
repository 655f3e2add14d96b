#!/bin/bash
# The main job as a VM test: a failing disk (null_blk bad units), a spare
# with live SMART (qemu ATA disk: tools/vm --ide-disk 16M), the helper on a
# real system bus with polkitd, and the rescue walked through by the real
# GUI under Xvfb (app/demo's driver), with the helper's state checked after
# every step (tests/lib/demo.sh). DMREMAP_TEST_DEMO_CLI=1 walks it with
# dmremapctl instead.
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"
source "$DMREMAP_SRC/tests/lib/demo.sh"
demo_main
