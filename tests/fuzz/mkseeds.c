// SPDX-License-Identifier: GPL-2.0-only OR MIT
// Writes valid seed inputs for the fuzzers into DIR/<fuzzer>/.
#include <stdio.h>
#include <string.h>

#include "dm-remap-parse.h"

static void put(const char *dir, const char *fuzzer, const char *name, const void *p, size_t n)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s/%s", dir, fuzzer, name);
	f = fopen(path, "wb");
	if (!f)
		return;
	fwrite(p, 1, n, f);
	fclose(f);
}

int main(int argc, char **argv)
{
	static u8 block[DMR_BLOCK_BYTES];
	static const u8 uuid[DMR_UUID_BYTES] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
	struct dmr_table_block *tb = (struct dmr_table_block *)block;
	const char *dir = argc > 1 ? argv[1] : ".";
	const char *lines[] = { "remap 100", "list 5 10", "stats", "clear_pending 8",
				"/dev/a /dev/b", "/dev/a /dev/b 3 no_auto_remap read_retries 2" };
	const char *status = "1.0.0 ok 4096 3/4016 1 2 3 4 5 6 2/2";
	struct dmr_sb sb;
	char name[32];
	unsigned int i;

	memset(&sb, 0, sizeof(sb));
	dmr_layout_compute(1u << 16, 4096, &sb.layout);
	sb.generation = 3;
	sb.main_sectors = 1u << 20;
	sb.main_lbs_bytes = 512;
	sb.nr_entries = 2;
	sb.next_slot = 1;
	memcpy(sb.uuid, uuid, sizeof(uuid));
	strcpy(sb.main_id, "naa.5000c500a1b2c3d4");
	dmr_sb_encode(&sb, 0, block);
	put(dir, "fuzz-superblock", "sb0", block, sizeof(block));
	put(dir, "fuzz-spare", "sb0", block, sizeof(block));
	memset(block, 0, sizeof(block));
	tb->entries[0].main_unit = cpu_to_le64(7);
	tb->entries[0].slot = cpu_to_le32(0);
	tb->entries[0].state = cpu_to_le16(DMR_STATE_REMAPPED);
	tb->entries[1].main_unit = cpu_to_le64(9);
	tb->entries[1].slot = cpu_to_le32(DMR_SLOT_NONE);
	tb->entries[1].state = cpu_to_le16(DMR_STATE_PENDING);
	dmr_tb_seal(block, 0, uuid, 2);
	put(dir, "fuzz-table", "tb0", block, sizeof(block));
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		snprintf(name, sizeof(name), "line%u", i);
		put(dir, "fuzz-args", name, lines[i], strlen(lines[i]));
	}
	put(dir, "fuzz-status", "status0", status, strlen(status));
	return 0;
}
