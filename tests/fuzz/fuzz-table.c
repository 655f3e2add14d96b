// SPDX-License-Identifier: GPL-2.0-only OR MIT
// libFuzzer: table block and entry checks against a fixed superblock.
#include <assert.h>
#include <string.h>

#include "dm-remap-parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t block[DMR_BLOCK_BYTES];
	static const u8 uuid[DMR_UUID_BYTES] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
	struct dmr_table_block *tb = (struct dmr_table_block *)block;
	struct dmr_sb sb;
	const char *why = NULL;
	u32 n, i;

	memset(&sb, 0, sizeof(sb));
	if (dmr_layout_compute(1u << 16, 4096, &sb.layout))
		return 0;
	sb.main_sectors = 1u << 20;
	sb.main_lbs_bytes = 512;
	sb.next_slot = 100;
	memcpy(sb.uuid, uuid, sizeof(uuid));
	memset(block, 0, sizeof(block));
	memcpy(block, data, size < sizeof(block) ? size : sizeof(block));
	/* Half the inputs get a valid header so the entry checks run. */
	if (size && (data[0] & 1))
		dmr_tb_seal(block, 0, uuid, le32_to_cpu(tb->nr_entries) % (DMR_ENTRIES_PER_BLOCK + 1));
	n = le32_to_cpu(tb->nr_entries);
	if (dmr_tb_check(block, 0, uuid, n, &why))
		return 0;
	assert(n <= DMR_ENTRIES_PER_BLOCK);
	for (i = 0; i < n; i++)
		if (dmr_entry_check(&tb->entries[i], &sb, &why) == 0)
			assert(le16_to_cpu(tb->entries[i].state) == DMR_STATE_PENDING ||
			       le32_to_cpu(tb->entries[i].slot) < sb.next_slot);
	return 0;
}
