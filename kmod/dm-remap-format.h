/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * dm-remap on-disk format of the metadata on the spare device.
 *
 * This header is THE definition of the format. It is plain C, included by
 * the kernel target (kmod/) and by userspace (core/, tests), and described in
 * kmod/Documentation/dm-remap.rst ("On-disk format").
 *
 * Units used below, always named in the field:
 *   *_sectors  512-byte sectors (as everywhere in device-mapper)
 *   *_bytes    bytes
 *   unit       one remap unit (unit_bytes, fixed at format time)
 *   slot       one unit-sized area in the slot area of the spare
 *
 * Layout of the spare (byte offsets):
 *
 *   copy 0   [0, copy_bytes)                superblock + table blocks
 *   copy 1   [copy_bytes, 2 * copy_bytes)   superblock + table blocks
 *   (zero padding up to slot_offset)
 *   slots    [slot_offset, slot_offset + nr_slots * unit_bytes)
 *
 * Every metadata block is DMR_BLOCK_BYTES long; a copy is its superblock
 * followed by table_blocks table blocks. All integers are little-endian.
 * Every block carries a CRC-32C (Castagnoli, the standard variant: initial
 * value ~0, final xor ~0, check value 0xe3069283 for "123456789") computed
 * over the whole block with its crc field set to zero.
 *
 * A copy is complete when its superblock is valid, every used table block
 * (the first ceil(nr_entries / DMR_ENTRIES_PER_BLOCK)) is valid, and the
 * CRC-32C over the little-endian crc fields of those blocks, in order,
 * equals the superblock's table_crc. The complete copy with the highest
 * generation wins; copies with the same generation hold the same table.
 */
#ifndef DM_REMAP_FORMAT_H
#define DM_REMAP_FORMAT_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/bits.h>
#include <linux/build_bug.h>
#include <linux/compiler_attributes.h>
#else
#include "compat/dm-remap-user.h"
#endif

#define DMR_SB_MAGIC		0x53524d44u	/* "DMRS" on disk */
#define DMR_TB_MAGIC		0x54524d44u	/* "DMRT" on disk */
#define DMR_FORMAT_VERSION	1u

#define DMR_BLOCK_BYTES		4096u
#define DMR_NR_COPIES		2u
#define DMR_UUID_BYTES		16u
#define DMR_MAIN_ID_BYTES	64u

/* Remap unit: a power of two in [DMR_UNIT_MIN_BYTES, DMR_UNIT_MAX_BYTES]. */
#define DMR_UNIT_MIN_BYTES	512u
#define DMR_UNIT_MAX_BYTES	65536u

/* The slot area starts at a multiple of max(unit_bytes, this). */
#define DMR_SLOT_ALIGN_BYTES	65536u

/* Upper bound of nr_slots, whatever the spare's size (>= 1,000,000). */
#define DMR_MAX_SLOTS		BIT(21)

/*
 * Table entries beyond nr_slots, for pending marks (units that failed a
 * read and have no slot yet): min(nr_slots, DMR_PENDING_RESERVE_MAX).
 */
#define DMR_PENDING_RESERVE_MAX	65536u

/* Entry states. */
#define DMR_STATE_REMAPPED	1u	/* unit lives in slot */
#define DMR_STATE_PENDING	2u	/* read failed on main; slot unused */

/* Entry flags. */
#define DMR_EF_MANUAL		0x0001u	/* made by the "remap" message */

#define DMR_SLOT_NONE		0xffffffffu

/* Superblock flags (none defined in version 1; must be zero). */

struct dmr_superblock {
	__le32 magic;		/* DMR_SB_MAGIC */
	__le32 crc;		/* CRC-32C of this block, this field zero */
	__le32 version;		/* DMR_FORMAT_VERSION */
	__le32 copy;		/* index of this copy, < nr_copies */
	__le64 generation;	/* bumped by every commit; starts at 1 */
	__u8 uuid[DMR_UUID_BYTES];	/* binds main and spare; same in all copies */
	__le32 nr_copies;	/* DMR_NR_COPIES */
	__le32 block_bytes;	/* DMR_BLOCK_BYTES */
	__le32 unit_bytes;	/* remap unit */
	__le32 main_lbs_bytes;	/* main logical block size at format time */
	__le64 main_sectors;	/* main device size at format time */
	__le64 spare_sectors;	/* spare size the layout was computed for */
	__le64 copy_sectors;	/* size of one copy: (1 + table_blocks) blocks */
	__le64 slot_offset_sectors;	/* start of slot 0 on the spare */
	__le64 nr_slots;	/* capacity of the slot area, in slots */
	__le64 table_capacity;	/* entries: table_blocks * DMR_ENTRIES_PER_BLOCK */
	__le64 nr_entries;	/* entries in use (remapped + pending) */
	__le64 next_slot;	/* slots handed out: slots [0, next_slot) used */
	__le32 table_crc;	/* CRC-32C over the used table blocks' crcs */
	__le32 flags;		/* zero in version 1 */
	__le64 format_time;	/* seconds since the epoch, informational */
	__u8 main_id[DMR_MAIN_ID_BYTES];	/* WWN/serial of main, NUL padded */
	__u8 reserved[DMR_BLOCK_BYTES - 200];	/* zero */
} __packed;

struct dmr_disk_entry {
	__le64 main_unit;	/* unit number on main: sector / unit_sectors */
	__le32 slot;		/* slot on the spare, DMR_SLOT_NONE if pending */
	__le16 state;		/* DMR_STATE_* */
	__le16 flags;		/* DMR_EF_* */
} __packed;

#define DMR_TB_HEADER_BYTES	32u
#define DMR_ENTRIES_PER_BLOCK	\
	((DMR_BLOCK_BYTES - DMR_TB_HEADER_BYTES) / sizeof(struct dmr_disk_entry))

struct dmr_table_block {
	__le32 magic;		/* DMR_TB_MAGIC */
	__le32 crc;		/* CRC-32C of this block, this field zero */
	__le32 index;		/* block number within the table, from 0 */
	__le32 nr_entries;	/* used entries in this block */
	__u8 uuid[DMR_UUID_BYTES];	/* same as the superblock's */
	struct dmr_disk_entry entries[254];
} __packed;

#define DMR_STATIC_ASSERT(e, m) static_assert(e, m)

DMR_STATIC_ASSERT(sizeof(struct dmr_superblock) == DMR_BLOCK_BYTES,
		  "superblock is one block");
DMR_STATIC_ASSERT(sizeof(struct dmr_disk_entry) == 16, "entry is 16 bytes");
DMR_STATIC_ASSERT(sizeof(struct dmr_table_block) == DMR_BLOCK_BYTES,
		  "table block is one block");
DMR_STATIC_ASSERT(DMR_ENTRIES_PER_BLOCK == 254, "254 entries per block");
DMR_STATIC_ASSERT(__builtin_offsetof(struct dmr_superblock, main_id) == 136,
		  "superblock field offsets are fixed");
DMR_STATIC_ASSERT(__builtin_offsetof(struct dmr_table_block, entries) ==
		  DMR_TB_HEADER_BYTES, "table block header is 32 bytes");

#endif /* DM_REMAP_FORMAT_H */
