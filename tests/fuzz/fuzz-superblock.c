// SPDX-License-Identifier: GPL-2.0-only OR MIT
// libFuzzer: dmr_sb_decode() on arbitrary blocks; what decodes must encode
// back to a block that decodes to the same values.
#include <assert.h>
#include <string.h>

#include "dm-remap-parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t block[DMR_BLOCK_BYTES], again[DMR_BLOCK_BYTES];
	struct dmr_sb sb, sb2;
	const char *why = NULL;
	u32 copy = size ? data[0] & 1 : 0;

	memset(block, 0, sizeof(block));
	memcpy(block, data, size < sizeof(block) ? size : sizeof(block));
	if (dmr_sb_decode(block, copy, &sb, &why)) {
		assert(why && *why);
		return 0;
	}
	dmr_sb_encode(&sb, copy, again);
	assert(dmr_sb_decode(again, copy, &sb2, &why) == 0);
	assert(sb2.generation == sb.generation && sb2.nr_entries == sb.nr_entries &&
	       sb2.next_slot == sb.next_slot && sb2.table_crc == sb.table_crc &&
	       !memcmp(&sb2.layout, &sb.layout, sizeof(sb.layout)) &&
	       !strcmp(sb2.main_id, sb.main_id));
	assert(sb.layout.slot_offset_sectors + sb.layout.nr_slots * sb.layout.unit_sectors <=
	       sb.layout.spare_sectors);
	return 0;
}
