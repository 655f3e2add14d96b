#!/bin/bash
# Added to the VM stage when DMREMAP_VM_INJECT=warn: loads a module that logs
# a kernel WARNING; the script itself passes, the kernel log check must not.
set -euo pipefail
insmod "$DMREMAP_INJECT_DIR/kwarn/kwarn.ko"
rmmod kwarn
