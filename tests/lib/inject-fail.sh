#!/bin/bash
# Added to the VM stage when DMREMAP_VM_INJECT=fail: a script that fails, to
# show that a failing VM script fails tools/vm and tools/check.
echo "injected failure (DMREMAP_VM_INJECT=fail)"
exit 1
