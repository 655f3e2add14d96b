/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * dm-remap: parsing and validation of metadata blocks, table lines,
 * messages and the status line.
 *
 * Plain C without kernel-only dependencies: the same file is compiled into
 * dm-remap.ko and into userspace (unit tests, fuzzers, core/). Userspace must
 * provide dmr_crc32c_raw() (core/spare/dmr-crc32c.c does).
 *
 * Functions return 0 or a negative errno; on error *why (when not NULL) is
 * set to a static English message suitable for ti->error or a log line.
 * Nothing here allocates, sleeps or keeps state: safe in any context.
 */
#ifndef DM_REMAP_PARSE_H
#define DM_REMAP_PARSE_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/byteorder.h>
#else
#include "compat/dm-remap-user.h"
#ifdef __cplusplus
extern "C" {
#endif
#endif

#include "dm-remap-format.h"

/* Raw CRC-32C update: no pre/post inversion (the kernel's crc32c()). */
u32 dmr_crc32c_raw(u32 crc, const void *buf, size_t len);
/* Standard CRC-32C of buf. */
u32 dmr_crc32c(const void *buf, size_t len);
/* CRC-32C of a DMR_BLOCK_BYTES block with its crc field (bytes 4..7) zero. */
u32 dmr_block_crc(const void *block);

/*
 * Incremental block CRC. CRC-32C is linear: for two blocks of one length,
 * crc(A) ^ crc(B) is the raw CRC (initial value 0, no final xor) of A ^ B,
 * which is zero but where they differ. So after a small change the crc of
 * a DMR_BLOCK_BYTES block is its old crc xor the raw CRC of the changed
 * bytes carried over the zero bytes after them (a product with x^(8n)
 * modulo the polynomial): the cost of the changed bytes, not of the block.
 *
 * dmr_crc_xpow_init() fills xpow[DMR_XPOW_ENTRIES] (x^(32k) modulo the
 * polynomial, k = 0..DMR_BLOCK_BYTES / 4) once. dmr_block_crc_patch()
 * returns the dmr_block_crc() of a block whose crc was crc before the len
 * bytes at byte offset off changed from `from` to `to` (len bytes each).
 * off and off + len must be multiples of 4 within the block, and the bytes
 * must not overlap the crc field (4..7).
 */
#define DMR_XPOW_ENTRIES	(DMR_BLOCK_BYTES / 4 + 1)
#define DMR_CRC_PATCH_MAX	32u	/* the longest run a caller patches */
void dmr_crc_xpow_init(u32 *xpow);
u32 dmr_block_crc_patch(const u32 *xpow, u32 crc, u32 off, const void *from,
			const void *to, u32 len);
/*
 * The same for a message of any length: the standard CRC-32C crc of a
 * message after len bytes followed by tail bytes (a multiple of 4) changed
 * from `from` to `to`.
 */
u32 dmr_crc_patch(const u32 *xpow, u32 crc, u64 tail, const void *from,
		  const void *to, u32 len);

/* Geometry derived from (spare_sectors, unit_bytes); see dmr_layout_compute(). */
struct dmr_layout {
	u32 unit_bytes;
	u32 unit_sectors;
	u64 spare_sectors;
	u64 nr_slots;
	u64 table_capacity;	/* entries */
	u64 table_blocks;
	u64 copy_sectors;	/* superblock + table blocks */
	u64 slot_offset_sectors;
};

/* True if unit_bytes is a power of two within the allowed range. */
int dmr_unit_valid(u64 unit_bytes);

/*
 * The one layout for a spare of spare_sectors with unit_bytes units: the
 * largest nr_slots (at most DMR_MAX_SLOTS) such that both metadata copies
 * and the slots fit. -EINVAL for a bad unit, -ENOSPC if not even one slot
 * fits.
 */
int dmr_layout_compute(u64 spare_sectors, u32 unit_bytes,
		       struct dmr_layout *l);

/* Decoded (CPU-endian) superblock. */
struct dmr_sb {
	u32 copy;
	u64 generation;
	u8 uuid[DMR_UUID_BYTES];
	u32 main_lbs_bytes;
	u64 main_sectors;
	u64 nr_entries;
	u64 next_slot;
	u32 table_crc;
	u64 format_time;
	char main_id[DMR_MAIN_ID_BYTES + 1];	/* NUL terminated */
	struct dmr_layout layout;
};

/*
 * Checks and decodes one superblock (DMR_BLOCK_BYTES at block). copy is the
 * index the block was read from. -EILSEQ: no dm-remap superblock there
 * (wrong magic); -EBADMSG: checksum or field error; -EPROTO: unknown version.
 */
int dmr_sb_decode(const void *block, u32 copy, struct dmr_sb *sb,
		  const char **why);
/* Fills a DMR_BLOCK_BYTES block (zeroed first) for copy, crc included. */
void dmr_sb_encode(const struct dmr_sb *sb, u32 copy, void *block);

/* Entries held by table block index when the table has nr_entries. */
u32 dmr_tb_entries(u64 nr_entries, u64 index);
/* Number of table blocks used by nr_entries entries. */
u64 dmr_tb_used(u64 nr_entries);

/* Checks one table block: magic, crc, index, uuid, entry count. */
int dmr_tb_check(const void *block, u64 index, const u8 *uuid,
		 u32 nr_entries, const char **why);
/* Writes the header (magic, index, count, uuid) and crc of a table block. */
void dmr_tb_seal(void *block, u64 index, const u8 *uuid, u32 nr_entries);

/*
 * Checks one entry against the superblock: known state and flags, slot
 * below next_slot for remapped entries, DMR_SLOT_NONE for pending ones,
 * main_unit inside the main device. Uniqueness is the caller's business.
 */
int dmr_entry_check(const struct dmr_disk_entry *e, const struct dmr_sb *sb,
		    const char **why);

/* Strict decimal: digits only, no sign, no junk, no overflow. */
int dmr_parse_u64(const char *s, u64 *out);

/* Constructor arguments: <main> <spare> [<#features> <feature>...]. */
#define DMR_READ_RETRIES_MAX 16u
struct dmr_table_args {
	const char *main_path;
	const char *spare_path;
	u32 read_retries;	/* extra read attempts before EIO; default 0 */
	int no_auto_remap;	/* 1: only the remap message remaps */
	u32 nr_features;	/* arguments after <#features>, for STATUSTYPE_TABLE */
};

int dmr_parse_table(unsigned int argc, char **argv, struct dmr_table_args *a,
		    const char **why);
/* The constructor's feature arguments, as printed by STATUSTYPE_TABLE. */
int dmr_format_features(char *buf, size_t len, const struct dmr_table_args *a);

/* Messages. Sectors are checked against dev_sectors (the target length). */
enum dmr_msg_kind {
	DMR_MSG_REMAP = 1,
	DMR_MSG_LIST,
	DMR_MSG_STATS,
	DMR_MSG_CLEAR_PENDING,
};

#define DMR_LIST_DEFAULT_COUNT 1000u
#define DMR_LIST_MAX_COUNT 100000u
struct dmr_msg {
	enum dmr_msg_kind kind;
	u64 sector;	/* REMAP, CLEAR_PENDING */
	u64 from;	/* LIST: index into the table sorted by main unit */
	u64 count;	/* LIST */
};

int dmr_parse_message(unsigned int argc, char **argv, u64 dev_sectors,
		      struct dmr_msg *m, const char **why);

/*
 * Status (STATUSTYPE_INFO), one line:
 *   <version> <state> <unit_bytes> <remapped>/<nr_slots> <pending>
 *   <read_errors> <write_errors> <auto_remaps> <manual_remaps>
 *   <generation> <valid_copies>/<nr_copies>
 */
#define DMR_TARGET_VERSION_STR "1.0.0"
enum dmr_state {
	DMR_ST_OK = 0,
	DMR_ST_DEGRADED,
	DMR_ST_SPARE_FULL,
	DMR_ST_READ_ONLY,
	DMR_ST_FAILED,
	DMR_ST_COUNT
};

const char *dmr_state_name(enum dmr_state s);
struct dmr_status {
	char version[16];
	enum dmr_state state;
	u32 unit_bytes;
	u64 remapped;
	u64 nr_slots;
	u64 pending;
	u64 read_errors;
	u64 write_errors;
	u64 auto_remaps;
	u64 manual_remaps;
	u64 generation;
	u32 valid_copies;
	u32 nr_copies;
};

/* Returns the would-be length like snprintf. */
int dmr_format_status(char *buf, size_t len, const struct dmr_status *s);
/* Parses what dmr_format_status() prints; -EINVAL on any deviation. */
int dmr_parse_status(const char *line, struct dmr_status *s);

#if !defined(__KERNEL__) && defined(__cplusplus)
}
#endif

#endif /* DM_REMAP_PARSE_H */
