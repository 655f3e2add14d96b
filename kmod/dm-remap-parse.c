// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * dm-remap: parsing and validation shared by the kernel target and userspace.
 * See dm-remap-parse.h. No allocation, no sleeping, no global state.
 */
#ifdef __KERNEL__
#include <linux/kernel.h>
#include <linux/crc32c.h>
#else
#include <stdio.h>
#endif
#include "dm-remap-parse.h"

#ifdef __KERNEL__
u32 dmr_crc32c_raw(u32 crc, const void *buf, size_t len)
{
	return crc32c(crc, buf, len);
}
#endif

u32 dmr_crc32c(const void *buf, size_t len)
{
	return ~dmr_crc32c_raw(~0u, buf, len);
}

u32 dmr_block_crc(const void *block)
{
	static const u8 zero[4];
	const u8 *b = block;
	u32 c;

	c = dmr_crc32c_raw(~0u, b, 4);
	c = dmr_crc32c_raw(c, zero, 4);
	c = dmr_crc32c_raw(c, b + 8, DMR_BLOCK_BYTES - 8);
	return ~c;
}

/* The CRC-32C polynomial without its x^32 term, bit 31 = x^0 (reflected). */
#define DMR_CRC32C_POLY	0x82f63b78u

/* One step of the CRC register over a zero bit: a product with x. */
static u32 dmr_gf2_mulx(u32 b)
{
	return (b >> 1) ^ ((b & 1) ? DMR_CRC32C_POLY : 0);
}

/*
 * The 4-bit CRC-32C table: the register after four zero bits from v, i.e.
 * the product with x^4 of the four bits carried past x^31.
 */
static const u32 dmr_crc_r4[16] = {
	0x00000000, 0x105ec76f, 0x20bd8ede, 0x30e349b1,
	0x417b1dbc, 0x5125dad3, 0x61c69362, 0x7198540d,
	0x82f63b78, 0x92a8fc17, 0xa24bb5a6, 0xb21572c9,
	0xc38d26c4, 0xd3d3e1ab, 0xe330a81a, 0xf36e6f75,
};

/*
 * a * b modulo the CRC-32C polynomial, in the bit order of the CRC register
 * (bit 31 holds x^0, bit 0 x^31), four bits of a at a time (Horner, from
 * the highest powers): t[v] is b times the nibble v, and the product of p
 * with x^4 is the 4-bit CRC step.
 */
static u32 dmr_gf2_mul(u32 a, u32 b)
{
	u32 t[16], p = 0, v;
	int k;

	t[0] = 0;
	t[8] = b;			/* nibble bit 3: x^0 */
	t[4] = dmr_gf2_mulx(b);
	t[2] = dmr_gf2_mulx(t[4]);
	t[1] = dmr_gf2_mulx(t[2]);	/* nibble bit 0: x^3 */
	for (v = 3; v < 16; v++)
		if (v & (v - 1))
			t[v] = t[v & (v - 1)] ^ t[v & -v];
	for (k = 0; k < 32; k += 4)
		p = (p >> 4) ^ dmr_crc_r4[p & 0xf] ^ t[(a >> k) & 0xf];
	return p;
}

void dmr_crc_xpow_init(u32 *xpow)
{
	u32 i;

	xpow[0] = 0x80000000u;			/* x^0 */
	for (i = 1; i < DMR_XPOW_ENTRIES; i++)	/* x^32 is the polynomial */
		xpow[i] = dmr_gf2_mul(xpow[i - 1], DMR_CRC32C_POLY);
}

u32 dmr_block_crc_patch(const u32 *xpow, u32 crc, u32 off, const void *from,
			const void *to, u32 len)
{
	return dmr_crc_patch(xpow, crc, DMR_BLOCK_BYTES - off - len, from, to,
			     len);
}

u32 dmr_crc_patch(const u32 *xpow, u32 crc, u64 tail, const void *from,
		  const void *to, u32 len)
{
	const u8 *o = from, *n = to;
	u32 i, c = 0;
	u8 any = 0;

	/*
	 * The raw CRC of the changed bytes, four bits a step: a few dozen
	 * bytes, cheaper here than a call through the crypto API.
	 */
	for (i = 0; i < len; i++) {
		any |= o[i] ^ n[i];
		c ^= o[i] ^ n[i];
		c = (c >> 4) ^ dmr_crc_r4[c & 0xf];
		c = (c >> 4) ^ dmr_crc_r4[c & 0xf];
	}
	if (!any)
		return crc;
	for (; tail > DMR_BLOCK_BYTES; tail -= DMR_BLOCK_BYTES)
		c = dmr_gf2_mul(c, xpow[DMR_XPOW_ENTRIES - 1]);
	return crc ^ dmr_gf2_mul(c, xpow[tail / 4]);
}

int dmr_unit_valid(u64 unit_bytes)
{
	return unit_bytes >= DMR_UNIT_MIN_BYTES &&
	       unit_bytes <= DMR_UNIT_MAX_BYTES &&
	       (unit_bytes & (unit_bytes - 1)) == 0;
}

static void layout_for(u64 nr_slots, u32 unit_bytes, struct dmr_layout *l)
{
	u64 reserve = nr_slots < DMR_PENDING_RESERVE_MAX ?
		      nr_slots : DMR_PENDING_RESERVE_MAX;
	u64 entries = nr_slots + reserve;
	u64 align = (unit_bytes > DMR_SLOT_ALIGN_BYTES ?
		     unit_bytes : DMR_SLOT_ALIGN_BYTES) / 512;
	u64 meta;

	l->unit_bytes = unit_bytes;
	l->unit_sectors = unit_bytes / 512;
	l->nr_slots = nr_slots;
	l->table_blocks = (entries + DMR_ENTRIES_PER_BLOCK - 1) /
			  DMR_ENTRIES_PER_BLOCK;
	if (!l->table_blocks)
		l->table_blocks = 1;
	l->table_capacity = l->table_blocks * DMR_ENTRIES_PER_BLOCK;
	l->copy_sectors = (1 + l->table_blocks) * (DMR_BLOCK_BYTES / 512);
	meta = DMR_NR_COPIES * l->copy_sectors;
	l->slot_offset_sectors = (meta + align - 1) / align * align;
}

static u64 layout_end(const struct dmr_layout *l)
{
	return l->slot_offset_sectors + l->nr_slots * l->unit_sectors;
}

int dmr_layout_compute(u64 spare_sectors, u32 unit_bytes,
		       struct dmr_layout *l)
{
	u64 lo = 1, hi, mid;
	struct dmr_layout t;

	if (!dmr_unit_valid(unit_bytes))
		return -EINVAL;
	/* Bound the search so that no product below can overflow. */
	if (spare_sectors > (1ull << 50))
		spare_sectors = 1ull << 50;
	hi = spare_sectors / (unit_bytes / 512);
	if (hi > DMR_MAX_SLOTS)
		hi = DMR_MAX_SLOTS;
	layout_for(lo, unit_bytes, &t);
	if (hi < lo || layout_end(&t) > spare_sectors)
		return -ENOSPC;
	while (lo < hi) {
		mid = lo + (hi - lo + 1) / 2;
		layout_for(mid, unit_bytes, &t);
		if (layout_end(&t) <= spare_sectors)
			lo = mid;
		else
			hi = mid - 1;
	}
	layout_for(lo, unit_bytes, l);
	l->spare_sectors = spare_sectors;
	return 0;
}

static int fail(const char **why, const char *msg, int err)
{
	if (why)
		*why = msg;
	return err;
}

int dmr_sb_decode(const void *block, u32 copy, struct dmr_sb *sb,
		  const char **why)
{
	const struct dmr_superblock *d = block;
	struct dmr_layout l;
	u64 spare_sectors;
	u32 unit;

	if (le32_to_cpu(d->magic) != DMR_SB_MAGIC)
		return fail(why, "no dm-remap superblock", -EILSEQ);
	if (le32_to_cpu(d->crc) != dmr_block_crc(block))
		return fail(why, "superblock checksum mismatch", -EBADMSG);
	if (le32_to_cpu(d->version) != DMR_FORMAT_VERSION)
		return fail(why, "unsupported metadata version", -EPROTO);
	if (le32_to_cpu(d->copy) != copy ||
	    le32_to_cpu(d->nr_copies) != DMR_NR_COPIES)
		return fail(why, "superblock copy index mismatch", -EBADMSG);
	if (le32_to_cpu(d->block_bytes) != DMR_BLOCK_BYTES ||
	    le32_to_cpu(d->flags) != 0)
		return fail(why, "superblock has unknown block size or flags",
			    -EBADMSG);
	unit = le32_to_cpu(d->unit_bytes);
	if (!dmr_unit_valid(unit))
		return fail(why, "superblock has an invalid unit size", -EBADMSG);
	spare_sectors = le64_to_cpu(d->spare_sectors);
	if (spare_sectors > (1ull << 50) ||
	    dmr_layout_compute(spare_sectors, unit, &l))
		return fail(why, "superblock has an invalid spare size",
			    -EBADMSG);
	if (le64_to_cpu(d->copy_sectors) != l.copy_sectors ||
	    le64_to_cpu(d->slot_offset_sectors) != l.slot_offset_sectors ||
	    le64_to_cpu(d->nr_slots) != l.nr_slots ||
	    le64_to_cpu(d->table_capacity) != l.table_capacity)
		return fail(why, "superblock geometry is inconsistent",
			    -EBADMSG);
	if (le64_to_cpu(d->nr_entries) > l.table_capacity ||
	    le64_to_cpu(d->next_slot) > l.nr_slots ||
	    le64_to_cpu(d->generation) == 0)
		return fail(why, "superblock counters out of range", -EBADMSG);
	if (le64_to_cpu(d->main_sectors) == 0 ||
	    le64_to_cpu(d->main_sectors) > (1ull << 56) ||
	    le32_to_cpu(d->main_lbs_bytes) < 512 ||
	    le32_to_cpu(d->main_lbs_bytes) > unit ||
	    (le32_to_cpu(d->main_lbs_bytes) &
	     (le32_to_cpu(d->main_lbs_bytes) - 1)))
		return fail(why, "superblock main device geometry invalid",
			    -EBADMSG);
	if (!sb)
		return 0;
	memset(sb, 0, sizeof(*sb));
	sb->copy = copy;
	sb->generation = le64_to_cpu(d->generation);
	memcpy(sb->uuid, d->uuid, DMR_UUID_BYTES);
	sb->main_lbs_bytes = le32_to_cpu(d->main_lbs_bytes);
	sb->main_sectors = le64_to_cpu(d->main_sectors);
	sb->nr_entries = le64_to_cpu(d->nr_entries);
	sb->next_slot = le64_to_cpu(d->next_slot);
	sb->table_crc = le32_to_cpu(d->table_crc);
	sb->format_time = le64_to_cpu(d->format_time);
	memcpy(sb->main_id, d->main_id, DMR_MAIN_ID_BYTES);
	sb->main_id[DMR_MAIN_ID_BYTES] = '\0';
	sb->layout = l;
	return 0;
}

void dmr_sb_encode(const struct dmr_sb *sb, u32 copy, void *block)
{
	struct dmr_superblock *d = block;
	const struct dmr_layout *l = &sb->layout;
	size_t idlen = strlen(sb->main_id);

	memset(block, 0, DMR_BLOCK_BYTES);
	d->magic = cpu_to_le32(DMR_SB_MAGIC);
	d->version = cpu_to_le32(DMR_FORMAT_VERSION);
	d->copy = cpu_to_le32(copy);
	d->generation = cpu_to_le64(sb->generation);
	memcpy(d->uuid, sb->uuid, DMR_UUID_BYTES);
	d->nr_copies = cpu_to_le32(DMR_NR_COPIES);
	d->block_bytes = cpu_to_le32(DMR_BLOCK_BYTES);
	d->unit_bytes = cpu_to_le32(l->unit_bytes);
	d->main_lbs_bytes = cpu_to_le32(sb->main_lbs_bytes);
	d->main_sectors = cpu_to_le64(sb->main_sectors);
	d->spare_sectors = cpu_to_le64(l->spare_sectors);
	d->copy_sectors = cpu_to_le64(l->copy_sectors);
	d->slot_offset_sectors = cpu_to_le64(l->slot_offset_sectors);
	d->nr_slots = cpu_to_le64(l->nr_slots);
	d->table_capacity = cpu_to_le64(l->table_capacity);
	d->nr_entries = cpu_to_le64(sb->nr_entries);
	d->next_slot = cpu_to_le64(sb->next_slot);
	d->table_crc = cpu_to_le32(sb->table_crc);
	d->format_time = cpu_to_le64(sb->format_time);
	memcpy(d->main_id, sb->main_id,
	       idlen < DMR_MAIN_ID_BYTES ? idlen : DMR_MAIN_ID_BYTES);
	d->crc = cpu_to_le32(dmr_block_crc(block));
}

u64 dmr_tb_used(u64 nr_entries)
{
	return (nr_entries + DMR_ENTRIES_PER_BLOCK - 1) / DMR_ENTRIES_PER_BLOCK;
}

u32 dmr_tb_entries(u64 nr_entries, u64 index)
{
	u64 first = index * DMR_ENTRIES_PER_BLOCK;

	if (nr_entries <= first)
		return 0;
	nr_entries -= first;
	return nr_entries > DMR_ENTRIES_PER_BLOCK ?
	       DMR_ENTRIES_PER_BLOCK : (u32)nr_entries;
}

int dmr_tb_check(const void *block, u64 index, const u8 *uuid,
		 u32 nr_entries, const char **why)
{
	const struct dmr_table_block *t = block;

	if (le32_to_cpu(t->magic) != DMR_TB_MAGIC)
		return fail(why, "no dm-remap table block", -EILSEQ);
	if (le32_to_cpu(t->crc) != dmr_block_crc(block))
		return fail(why, "table block checksum mismatch", -EBADMSG);
	if (le32_to_cpu(t->index) != index)
		return fail(why, "table block index mismatch", -EBADMSG);
	if (memcmp(t->uuid, uuid, DMR_UUID_BYTES))
		return fail(why, "table block belongs to another spare",
			    -EBADMSG);
	if (le32_to_cpu(t->nr_entries) != nr_entries)
		return fail(why, "table block entry count mismatch", -EBADMSG);
	return 0;
}

void dmr_tb_seal(void *block, u64 index, const u8 *uuid, u32 nr_entries)
{
	struct dmr_table_block *t = block;

	t->magic = cpu_to_le32(DMR_TB_MAGIC);
	t->index = cpu_to_le32((u32)index);
	t->nr_entries = cpu_to_le32(nr_entries);
	memcpy(t->uuid, uuid, DMR_UUID_BYTES);
	t->crc = cpu_to_le32(dmr_block_crc(block));
}

int dmr_entry_check(const struct dmr_disk_entry *e, const struct dmr_sb *sb,
		    const char **why)
{
	u64 units = (sb->main_sectors + sb->layout.unit_sectors - 1) /
		    sb->layout.unit_sectors;
	u32 slot = le32_to_cpu(e->slot);

	if (le64_to_cpu(e->main_unit) >= units)
		return fail(why, "entry beyond the main device", -EBADMSG);
	if (le16_to_cpu(e->flags) & ~DMR_EF_MANUAL)
		return fail(why, "entry has unknown flags", -EBADMSG);
	switch (le16_to_cpu(e->state)) {
	case DMR_STATE_REMAPPED:
		if (slot >= sb->next_slot)
			return fail(why, "entry slot not allocated", -EBADMSG);
		return 0;
	case DMR_STATE_PENDING:
		if (slot != DMR_SLOT_NONE)
			return fail(why, "pending entry has a slot", -EBADMSG);
		return 0;
	default:
		return fail(why, "entry has an unknown state", -EBADMSG);
	}
}

int dmr_parse_u64(const char *s, u64 *out)
{
	u64 v = 0;
	unsigned int d;

	if (!s || !*s)
		return -EINVAL;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -EINVAL;
		d = (unsigned int)(*s - '0');
		if (v > (~0ull - d) / 10)
			return -ERANGE;
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}

int dmr_parse_table(unsigned int argc, char **argv, struct dmr_table_args *a,
		    const char **why)
{
	unsigned int i, end;
	u64 n;

	memset(a, 0, sizeof(*a));
	if (argc < 2)
		return fail(why, "Expected <main_dev> <spare_dev> [<#features> <feature>...]",
			    -EINVAL);
	a->main_path = argv[0];
	a->spare_path = argv[1];
	if (!*a->main_path || !*a->spare_path)
		return fail(why, "Empty device argument", -EINVAL);
	if (!strcmp(a->main_path, a->spare_path))
		return fail(why, "Spare device must differ from the main device",
			    -EINVAL);
	if (argc == 2)
		return 0;
	if (dmr_parse_u64(argv[2], &n) || n != argc - 3)
		return fail(why, "Invalid number of feature arguments", -EINVAL);
	a->nr_features = (u32)n;
	end = argc;
	for (i = 3; i < end; i++) {
		if (!strcmp(argv[i], "no_auto_remap")) {
			if (a->no_auto_remap)
				return fail(why, "Duplicate feature no_auto_remap",
					    -EINVAL);
			a->no_auto_remap = 1;
		} else if (!strcmp(argv[i], "read_retries")) {
			if (a->read_retries)
				return fail(why, "Duplicate feature read_retries",
					    -EINVAL);
			if (i + 1 >= end || dmr_parse_u64(argv[i + 1], &n) ||
			    n < 1 || n > DMR_READ_RETRIES_MAX)
				return fail(why, "read_retries needs a count of 1 to 16",
					    -EINVAL);
			a->read_retries = (u32)n;
			i++;
		} else {
			return fail(why, "Unknown feature", -EINVAL);
		}
	}
	return 0;
}

int dmr_format_features(char *buf, size_t len, const struct dmr_table_args *a)
{
	unsigned int n = (a->no_auto_remap ? 1 : 0) + (a->read_retries ? 2 : 0);

	if (!n)
		return snprintf(buf, len, "%s", "");
	if (!a->read_retries)
		return snprintf(buf, len, " %u no_auto_remap", n);
	return snprintf(buf, len, " %u%s read_retries %u", n,
			a->no_auto_remap ? " no_auto_remap" : "",
			a->read_retries);
}

static int parse_sector(const char *s, u64 dev_sectors, u64 *out,
			const char **why)
{
	int r = dmr_parse_u64(s, out);

	if (r)
		return fail(why, "Invalid sector", -EINVAL);
	if (*out >= dev_sectors)
		return fail(why, "Sector beyond the end of the device", -ERANGE);
	return 0;
}

int dmr_parse_message(unsigned int argc, char **argv, u64 dev_sectors,
		      struct dmr_msg *m, const char **why)
{
	memset(m, 0, sizeof(*m));
	if (!argc)
		return fail(why, "Empty message", -EINVAL);
	if (!strcmp(argv[0], "remap") || !strcmp(argv[0], "clear_pending")) {
		m->kind = argv[0][0] == 'r' ? DMR_MSG_REMAP :
			  DMR_MSG_CLEAR_PENDING;
		if (argc != 2)
			return fail(why, "Expected one sector", -EINVAL);
		return parse_sector(argv[1], dev_sectors, &m->sector, why);
	}
	if (!strcmp(argv[0], "list")) {
		m->kind = DMR_MSG_LIST;
		m->count = DMR_LIST_DEFAULT_COUNT;
		if (argc > 3)
			return fail(why, "Expected list [<from> [<count>]]",
				    -EINVAL);
		if (argc > 1 && dmr_parse_u64(argv[1], &m->from))
			return fail(why, "Invalid list start", -EINVAL);
		if (argc > 2 && (dmr_parse_u64(argv[2], &m->count) ||
				 !m->count || m->count > DMR_LIST_MAX_COUNT))
			return fail(why, "list count must be 1 to 100000",
				    -EINVAL);
		return 0;
	}
	if (!strcmp(argv[0], "stats")) {
		m->kind = DMR_MSG_STATS;
		if (argc != 1)
			return fail(why, "stats takes no arguments", -EINVAL);
		return 0;
	}
	return fail(why, "Unknown message", -EINVAL);
}

static const char * const state_names[DMR_ST_COUNT] = {
	"ok", "degraded", "spare_full", "read_only", "failed",
};

const char *dmr_state_name(enum dmr_state s)
{
	return (unsigned int)s < DMR_ST_COUNT ? state_names[s] : "failed";
}

int dmr_format_status(char *buf, size_t len, const struct dmr_status *s)
{
	return snprintf(buf, len,
			"%s %s %u %llu/%llu %llu %llu %llu %llu %llu %llu %u/%u",
			s->version, dmr_state_name(s->state), s->unit_bytes,
			(unsigned long long)s->remapped,
			(unsigned long long)s->nr_slots,
			(unsigned long long)s->pending,
			(unsigned long long)s->read_errors,
			(unsigned long long)s->write_errors,
			(unsigned long long)s->auto_remaps,
			(unsigned long long)s->manual_remaps,
			(unsigned long long)s->generation,
			s->valid_copies, s->nr_copies);
}

/* Copies the next token ending at any char of stops into tok. */
static const char *next_tok(const char *p, const char *stops, char *tok,
			    size_t toklen)
{
	size_t n = 0;

	while (*p && !strchr(stops, *p)) {
		if (n + 1 >= toklen)
			return NULL;
		tok[n++] = *p++;
	}
	if (!n)
		return NULL;
	tok[n] = '\0';
	return p;
}

static const char *expect_u64(const char *p, const char *stops, char sep,
			      u64 *v)
{
	char tok[24];

	p = next_tok(p, stops, tok, sizeof(tok));
	if (!p || dmr_parse_u64(tok, v))
		return NULL;
	if (sep) {
		if (*p != sep)
			return NULL;
		p++;
	}
	return p;
}

int dmr_parse_status(const char *line, struct dmr_status *s)
{
	char tok[24];
	const char *p = line;
	u64 *fields[] = { &s->pending, &s->read_errors, &s->write_errors,
			  &s->auto_remaps, &s->manual_remaps, &s->generation };
	u64 v, w;
	unsigned int i;

	memset(s, 0, sizeof(*s));
	p = next_tok(p, " ", s->version, sizeof(s->version));
	if (!p || *p++ != ' ')
		return -EINVAL;
	p = next_tok(p, " ", tok, sizeof(tok));
	if (!p || *p++ != ' ')
		return -EINVAL;
	for (i = 0; i < DMR_ST_COUNT; i++)
		if (!strcmp(tok, state_names[i]))
			break;
	if (i == DMR_ST_COUNT)
		return -EINVAL;
	s->state = (enum dmr_state)i;
	p = expect_u64(p, " ", ' ', &v);
	if (!p || v > 0xffffffffu)
		return -EINVAL;
	s->unit_bytes = (u32)v;
	p = expect_u64(p, "/", '/', &s->remapped);
	if (!p)
		return -EINVAL;
	p = expect_u64(p, " ", ' ', &s->nr_slots);
	for (i = 0; p && i < 6; i++)
		p = expect_u64(p, " ", ' ', fields[i]);
	if (!p)
		return -EINVAL;
	p = expect_u64(p, "/", '/', &v);
	if (!p)
		return -EINVAL;
	p = expect_u64(p, "\n ", 0, &w);
	if (!p || v > 0xffffffffu || w > 0xffffffffu)
		return -EINVAL;
	if (*p == '\n')
		p++;
	if (*p)
		return -EINVAL;
	s->valid_copies = (u32)v;
	s->nr_copies = (u32)w;
	return 0;
}
