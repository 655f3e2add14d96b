// SPDX-License-Identifier: GPL-2.0-only
/*
 * kwarn: logs one kernel WARNING when loaded. tools/vm loads it when
 * DMREMAP_VM_INJECT=warn, to show that a kernel warning fails the VM stage.
 */
#include <linux/module.h>

static int __init kwarn_init(void)
{
	WARN(1, "dmremap-vm: injected warning (DMREMAP_VM_INJECT=warn)\n");
	return 0;
}

static void __exit kwarn_exit(void)
{
}

module_init(kwarn_init);
module_exit(kwarn_exit);
MODULE_DESCRIPTION("Injects a kernel warning for the dm-remap VM harness self-test");
MODULE_LICENSE("GPL");
