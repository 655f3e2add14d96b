// SPDX-License-Identifier: GPL-2.0-only
/*
 * dm-remap: metadata on the spare device - load, repair, commit.
 *
 * The format is defined in dm-remap-format.h. In memory we keep one image of
 * the table blocks and, per copy, a bitmap of the blocks that copy still has
 * to receive. A commit seals the dirty blocks, bumps the generation and
 * writes one copy, the copies taking turns: FUA writes of its dirty table
 * blocks and its superblock, in parallel because the superblock's table_crc
 * rejects a torn copy. The other copy is complete at the previous
 * generation meanwhile, so a crash at any point leaves a complete copy
 * holding every acknowledged remap. When the worker goes idle, the copy
 * left behind is brought up to date (dmr_md_sync()).
 */
#include <linux/bitmap.h>
#include <linux/highmem.h>
#include <linux/sort.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

#include "dm-remap.h"

int dmr_sync_io(struct dmr_dev *d, struct block_device *bdev, blk_opf_t opf,
		sector_t sector, sector_t count, void *buf, bool vmem)
{
	struct dm_io_region where = {
		.bdev = bdev, .sector = sector, .count = count,
	};
	struct dm_io_request req = {
		.bi_opf = opf,
		.mem.type = vmem ? DM_IO_VMA : DM_IO_KMEM,
		.client = d->io,
	};
	unsigned long bits = 0;

	if (vmem)
		req.mem.ptr.vma = buf;
	else
		req.mem.ptr.addr = buf;
	return dmr_dm_io(&req, 1, &where, &bits) ?: (bits ? -EIO : 0);
}

void dmr_iowait_init(struct dmr_iowait *w)
{
	atomic_set(&w->count, 1);
	w->error = 0;
	init_completion(&w->done);
}

void dmr_iowait_put(struct dmr_iowait *w)
{
	if (atomic_dec_and_test(&w->count))
		complete(&w->done);
}

/* Drops the initial reference, waits for every write; -EIO if one failed. */
int dmr_iowait_wait(struct dmr_iowait *w)
{
	dmr_iowait_put(w);
	wait_for_completion_io(&w->done);
	return w->error ? -EIO : 0;
}

/* bi_end_io of a bio counted in the dmr_iowait at bi_private. */
void dmr_iowait_endio(struct bio *bio)
{
	struct dmr_iowait *w = bio->bi_private;

	if (bio->bi_status)
		w->error = 1;
	bio_put(bio);
	dmr_iowait_put(w);
}

/*
 * An asynchronous FUA write of count sectors from buf (kmalloc memory, or
 * vmalloc memory if vmem) to the spare at sector, counted in w: bios of
 * d->bs_md filled page by page (one less layer than dm_io on the commit
 * path).
 */
void dmr_async_write(struct dmr_dev *d, struct dmr_iowait *w, sector_t sector,
		     sector_t count, void *buf, bool vmem)
{
	size_t left = count << SECTOR_SHIFT, len, off;
	struct bio *bio;
	struct page *pg;
	unsigned int nr;

	if (vmem)
		flush_kernel_vmap_range(buf, left);
	while (left) {
		nr = min_t(size_t, BIO_MAX_VECS,
			   DIV_ROUND_UP(offset_in_page(buf) + left, PAGE_SIZE));
		bio = bio_alloc_bioset(d->spare_bdev, nr,
				       REQ_OP_WRITE | REQ_FUA | REQ_SYNC,
				       GFP_NOIO, &d->bs_md);
		bio->bi_iter.bi_sector = sector;
		bio->bi_end_io = dmr_iowait_endio;
		bio->bi_private = w;
		while (left) {
			off = offset_in_page(buf);
			len = min_t(size_t, left, PAGE_SIZE - off);
			pg = vmem ? vmalloc_to_page(buf) : virt_to_page(buf);
			if (bio_add_page(bio, pg, len, off) != len)
				break;
			buf += len;
			left -= len;
			sector += len >> SECTOR_SHIFT;
		}
		atomic_inc(&w->count);
		submit_bio(bio);
	}
}

/* x^(32k) modulo the CRC-32C polynomial, for dmr_block_crc_patch(). */
static u32 dmr_xpow[DMR_XPOW_ENTRIES];

void dmr_md_init(void)
{
	dmr_crc_xpow_init(dmr_xpow);
}

static struct dmr_disk_entry *dmr_md_entry(struct dmr_dev *d, u32 tidx)
{
	struct dmr_table_block *b = d->img + (size_t)(tidx / DMR_ENTRIES_PER_BLOCK) *
				    DMR_BLOCK_BYTES;

	return &b->entries[tidx % DMR_ENTRIES_PER_BLOCK];
}

/*
 * Stores entry tidx and marks its block dirty in every copy. The crc of a
 * sealed block follows the change (d->blk_crc); its header and its crc
 * field are brought up to date when a commit seals it.
 */
static void dmr_md_put(struct dmr_dev *d, u32 tidx,
		       const struct dmr_disk_entry *ne)
{
	struct dmr_disk_entry *e = dmr_md_entry(d, tidx);
	u32 blk = tidx / DMR_ENTRIES_PER_BLOCK, crc;
	unsigned int c;

	if (test_bit(blk, d->sealed)) {
		crc = dmr_block_crc_patch(dmr_xpow, le32_to_cpu(d->blk_crc[blk]),
					  DMR_TB_HEADER_BYTES + sizeof(*e) *
					  (tidx % DMR_ENTRIES_PER_BLOCK),
					  e, ne, sizeof(*e));
		d->blk_crc[blk] = cpu_to_le32(crc);
	}
	*e = *ne;
	for (c = 0; c < DMR_NR_COPIES; c++)
		__set_bit(blk, d->dirty[c]);
	d->table_dirty = true;
}

void dmr_md_set(struct dmr_dev *d, u32 tidx, u64 unit, u32 slot, u16 state,
		u16 flags)
{
	struct dmr_disk_entry e = {
		.main_unit = cpu_to_le64(unit),
		.slot = cpu_to_le32(slot),
		.state = cpu_to_le16(state),
		.flags = cpu_to_le16(flags),
	};

	dmr_md_put(d, tidx, &e);
}

u64 dmr_md_unit_at(struct dmr_dev *d, u32 tidx)
{
	return le64_to_cpu(dmr_md_entry(d, tidx)->main_unit);
}

int dmr_md_append(struct dmr_dev *d, u64 unit, u32 slot, u16 state,
		  u16 flags, u32 *tidx)
{
	if (d->sb.nr_entries >= d->lay.table_capacity)
		return -ENOSPC;
	*tidx = (u32)d->sb.nr_entries++;
	dmr_md_set(d, *tidx, unit, slot, state, flags);
	return 0;
}

/*
 * Removes entry tidx by moving the last entry into its place. Returns the
 * unit of the moved entry (its new index in *moved_to), or ~0 if none moved.
 */
u64 dmr_md_remove(struct dmr_dev *d, u32 tidx, u32 *moved_to)
{
	static const struct dmr_disk_entry zero;
	u32 last = (u32)d->sb.nr_entries - 1;
	u64 moved = ~0ull;

	if (tidx != last) {
		dmr_md_put(d, tidx, dmr_md_entry(d, last));
		moved = dmr_md_unit_at(d, tidx);
		*moved_to = tidx;
	}
	dmr_md_put(d, last, &zero);
	d->sb.nr_entries--;
	return moved;
}

/*
 * Seals table block i for a commit: its header and crc. A block sealed
 * before only has its entry count patched (dmr_md_put() kept its crc up to
 * date); verify checks that against a full crc (commits off the I/O path).
 */
static void dmr_md_seal(struct dmr_dev *d, u64 i, bool verify)
{
	struct dmr_table_block *b = d->img + i * DMR_BLOCK_BYTES;
	u32 n = dmr_tb_entries(d->sb.nr_entries, i), crc;
	__le32 nle = cpu_to_le32(n);

	if (test_bit(i, d->sealed)) {
		crc = dmr_block_crc_patch(dmr_xpow, le32_to_cpu(d->blk_crc[i]),
					  offsetof(struct dmr_table_block, nr_entries),
					  &b->nr_entries, &nle, sizeof(nle));
		b->nr_entries = nle;
		b->crc = cpu_to_le32(crc);
		if (!verify || !WARN_ONCE(crc != dmr_block_crc(b),
					  "dm-remap: table block %llu crc drifted", i))
			goto out;
	}
	dmr_tb_seal(b, i, d->sb.uuid, n);
	__set_bit(i, d->sealed);
out:
	d->blk_crc[i] = b->crc;
	/* The table crc follows a block it covers (dmr_md_table_crc()). */
	if (d->tcrc_ok && i < d->tcrc_used && d->tcrc_blk[i] != b->crc)
		d->sb.table_crc = dmr_crc_patch(dmr_xpow, d->sb.table_crc,
						(d->tcrc_used - i - 1) * 4,
						&d->tcrc_blk[i], &b->crc, 4);
	d->tcrc_blk[i] = b->crc;
}

/*
 * The table crc (CRC-32C over the crcs of the used table blocks) after the
 * blocks were sealed: dmr_md_seal() patched in the blocks it covered, so
 * only blocks added at the end are run on. A table that shrank (or none
 * summed yet) is summed whole; verify: checked against the whole sum.
 */
static void dmr_md_table_crc(struct dmr_dev *d, u64 used, bool verify)
{
	u64 old = d->tcrc_used;
	u32 crc;

	if (!d->tcrc_ok || used < old) {
		d->sb.table_crc = dmr_crc32c(d->blk_crc, used * sizeof(__le32));
		memcpy(d->tcrc_blk, d->blk_crc, used * sizeof(__le32));
		goto out;
	}
	if (used > old) {
		crc = ~d->sb.table_crc;
		crc = dmr_crc32c_raw(crc, d->blk_crc + old,
				     (used - old) * sizeof(__le32));
		d->sb.table_crc = ~crc;
		memcpy(d->tcrc_blk + old, d->blk_crc + old,
		       (used - old) * sizeof(__le32));
	}
	if (verify) {
		crc = dmr_crc32c(d->blk_crc, used * sizeof(__le32));
		if (WARN_ONCE(crc != d->sb.table_crc,
			      "dm-remap: table crc drifted"))
			d->sb.table_crc = crc;
	}
out:
	d->tcrc_used = used;
	d->tcrc_ok = true;
}

/*
 * The superblock of copy c in sbimg. Between commits only the copy index,
 * the generation, the entry and slot counts and the table crc change, and
 * only their bytes go into the crc; verify: checked against a full crc.
 */
static void dmr_md_seal_sb(struct dmr_dev *d, unsigned int c, bool verify)
{
	const u32 o1 = offsetof(struct dmr_superblock, copy);
	const u32 o2 = offsetof(struct dmr_superblock, nr_entries);
	struct dmr_superblock *s = d->sbimg;
	u8 old[DMR_CRC_PATCH_MAX], *p = d->sbimg;
	u32 crc;

	/* Two runs of fields: copy, generation; nr_entries .. table_crc. */
	BUILD_BUG_ON(offsetof(struct dmr_superblock, generation) != o1 + 4);
	BUILD_BUG_ON(offsetof(struct dmr_superblock, next_slot) != o2 + 8);
	BUILD_BUG_ON(offsetof(struct dmr_superblock, table_crc) != o2 + 16);
	if (d->sb_sealed) {
		crc = le32_to_cpu(s->crc);
		memcpy(old, p + o1, 12);
		s->copy = cpu_to_le32(c);
		s->generation = cpu_to_le64(d->sb.generation);
		crc = dmr_block_crc_patch(dmr_xpow, crc, o1, old, p + o1, 12);
		memcpy(old, p + o2, 20);
		s->nr_entries = cpu_to_le64(d->sb.nr_entries);
		s->next_slot = cpu_to_le64(d->sb.next_slot);
		s->table_crc = cpu_to_le32(d->sb.table_crc);
		crc = dmr_block_crc_patch(dmr_xpow, crc, o2, old, p + o2, 20);
		s->crc = cpu_to_le32(crc);
		if (!verify || !WARN_ONCE(crc != dmr_block_crc(s),
					  "dm-remap: superblock crc drifted"))
			return;
	}
	dmr_sb_encode(&d->sb, c, s);
	d->sb_sealed = true;
}

static int dmr_write_copy(struct dmr_dev *d, unsigned int c, u64 used,
			  bool verify)
{
	sector_t base = c * d->lay.copy_sectors;
	struct dmr_iowait w;
	unsigned long i = 0, end;
	bool sb_sent = false;

	dmr_md_seal_sb(d, c, verify);
	dmr_iowait_init(&w);
	for (;;) {
		i = find_next_bit(d->dirty[c], used, i);
		if (i >= used)
			break;
		end = find_next_zero_bit(d->dirty[c], used, i);
		if (!i) {
			/*
			 * The superblock and the table blocks right after it
			 * are adjacent in memory as on disk: one write. A
			 * torn write is caught like torn parallel writes
			 * (table_crc).
			 */
			dmr_async_write(d, &w, base,
					(1 + end) * (DMR_BLOCK_BYTES >> 9),
					d->sbimg, true);
			sb_sent = true;
		} else {
			dmr_async_write(d, &w,
					base + (1 + i) * (DMR_BLOCK_BYTES >> 9),
					(end - i) * (DMR_BLOCK_BYTES >> 9),
					d->img + i * DMR_BLOCK_BYTES, true);
		}
		i = end;
	}
	if (!sb_sent)
		dmr_async_write(d, &w, base, DMR_BLOCK_BYTES >> 9, d->sbimg,
				true);
	if (dmr_iowait_wait(&w))
		return -EIO;
	bitmap_zero(d->dirty[c], d->lay.table_blocks);
	return 0;
}

/*
 * Makes the table durable: seals the changed blocks, bumps the generation
 * and writes ONE copy (the one written least recently), its dirty table
 * blocks and its superblock as parallel FUA writes. The other copy keeps
 * the previous generation, complete, so a crash during the write leaves it;
 * it catches up on its next turn (dmr_md_sync() when the worker goes idle).
 * durable(arg) is called once the copy is on stable storage. If that copy
 * cannot be written, the other one is tried. Returns 0 if one was written.
 */
int dmr_md_commit(struct dmr_dev *d, void (*durable)(void *), void *arg)
{
	u64 used = dmr_tb_used(d->sb.nr_entries), i;
	bool written, verify = !durable;	/* off the I/O path */
	unsigned int c, t;

	lockdep_assert_held(&d->mlock);
	if (!d->tcrc_ok || used < d->tcrc_used)
		d->tcrc_ok = false;	/* summed whole after the seals */
	/*
	 * The dirty blocks of either copy, each once: no walk of the whole
	 * table.
	 */
	for (c = 0; c < DMR_NR_COPIES; c++)
		for_each_set_bit(i, d->dirty[c], used)
			if (!c || !test_bit(i, d->dirty[0]))
				dmr_md_seal(d, i, verify);
	dmr_md_table_crc(d, used, verify);
	d->sb.generation++;

	/* Slot data must be stable before a table that points at it. */
	if (d->data_written) {
		if (blkdev_issue_flush(d->spare_bdev))
			return -EIO;
		d->data_written = false;
	}
	c = d->next_copy;
	for (t = 0; t < DMR_NR_COPIES; t++, c = (c + 1) % DMR_NR_COPIES) {
		if (!dmr_write_copy(d, c, used, verify))
			break;
		d->copy_ok[c] = false;
		bitmap_fill(d->dirty[c], d->lay.table_blocks);
	}
	atomic64_inc(&d->commits);
	written = t < DMR_NR_COPIES;
	if (written)
		d->copy_ok[c] = true;
	d->valid_copies = 0;
	for (t = 0; t < DMR_NR_COPIES; t++)
		d->valid_copies += d->copy_ok[t];
	if (!written)
		return -EIO;
	d->next_copy = (c + 1) % DMR_NR_COPIES;
	d->table_dirty = false;
	d->behind = false;
	for (t = 0; t < DMR_NR_COPIES; t++)
		if (t != c && !bitmap_empty(d->dirty[t], d->lay.table_blocks))
			d->behind = true;
	if (durable)
		durable(arg);
	return 0;
}

/*
 * Brings the copy that missed the last commits up to date (one more commit
 * with nothing new), so both copies hold the same table again.
 */
int dmr_md_sync(struct dmr_dev *d)
{
	lockdep_assert_held(&d->mlock);
	if (!d->table_dirty && !d->behind)
		return 0;
	return dmr_md_commit(d, NULL, NULL);
}

/* A map of nr entries with room to append max(64, nr / 8) more in place. */
struct dmr_map *dmr_map_alloc(u64 nr)
{
	u64 cap = nr + max_t(u64, 64, nr / 8);
	struct dmr_map *m = kvmalloc(struct_size(m, e, cap), GFP_NOIO);

	if (m) {
		m->nr = nr;
		m->cap = cap;
	}
	return m;
}

static int dmr_ment_cmp(const void *a, const void *b)
{
	const struct dmr_ment *x = a, *y = b;

	return x->unit < y->unit ? -1 : x->unit > y->unit;
}

struct dmr_ment *dmr_map_find(struct dmr_dev *d, u64 unit)
{
	struct dmr_map *m = rcu_dereference_protected(d->map,
						      lockdep_is_held(&d->mlock));
	u64 i = dmr_map_lower(m, m->nr, unit);

	return i < m->nr && m->e[i].unit == unit ? &m->e[i] : NULL;
}

/* Index of the first of e[lo..hi) whose unit is >= unit (e sorted). */
static u64 dmr_ment_lower(const struct dmr_ment *e, u64 lo, u64 hi, u64 unit)
{
	u64 mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (e[mid].unit < unit)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Publishes the map plus adds (units not yet in the map), or minus
 * remove_unit (~0 for none; only without adds). Adds that all lie past the
 * last unit and fit go in place: written, then counted in nr (release), so
 * that a reader sees either the map before or the map after, as with a new
 * map. Otherwise a new map is published; readers keep the old one until
 * they leave their RCU read-side section, and the old entries move in runs
 * (memcpy between the places of the adds, found by binary search).
 */
int dmr_map_update(struct dmr_dev *d, struct dmr_ment *adds, u64 nr_adds,
		   u64 remove_unit)
{
	struct dmr_map *old = rcu_dereference_protected(d->map,
							lockdep_is_held(&d->mlock));
	const size_t sz = sizeof(old->e[0]);
	struct dmr_map *m;
	u64 i = 0, j, k = 0, to;

	if (WARN_ON_ONCE(nr_adds && remove_unit != ~0ull))
		return -EINVAL;
	/* A batch of writes adds its units in order already. */
	for (j = 1; j < nr_adds && adds[j - 1].unit < adds[j].unit; j++)
		;
	if (j < nr_adds)
		sort(adds, nr_adds, sizeof(*adds), dmr_ment_cmp, NULL);
	if (nr_adds && old->nr + nr_adds <= old->cap &&
	    (!old->nr || old->e[old->nr - 1].unit < adds[0].unit)) {
		memcpy(old->e + old->nr, adds, nr_adds * sz);
		for (j = 0; j < nr_adds; j++)
			set_bit(adds[j].unit >> d->hot_shift, d->hot);
		/* Pairs with dmr_map_nr(): the entries before their count. */
		smp_store_release(&old->nr, old->nr + nr_adds);
		return 0;
	}
	m = dmr_map_alloc(old->nr + nr_adds);
	if (!m)
		return -ENOMEM;
	if (remove_unit != ~0ull) {
		i = dmr_ment_lower(old->e, 0, old->nr, remove_unit);
		memcpy(m->e, old->e, i * sz);
		k = i;
		if (i < old->nr && old->e[i].unit == remove_unit)
			i++;
	}
	for (j = 0; j < nr_adds; j++) {
		to = dmr_ment_lower(old->e, i, old->nr, adds[j].unit);
		memcpy(m->e + k, old->e + i, (to - i) * sz);
		k += to - i;
		i = to;
		m->e[k++] = adds[j];
	}
	memcpy(m->e + k, old->e + i, (old->nr - i) * sz);
	m->nr = k + old->nr - i;
	/* The filter first: a reader that sees the new map sees its bits. */
	for (j = 0; j < nr_adds; j++)
		set_bit(adds[j].unit >> d->hot_shift, d->hot);
	rcu_assign_pointer(d->map, m);
	kvfree_rcu(old, rcu);
	return 0;
}

/* Reads copy c's used table blocks into img and checks them. */
static int dmr_read_table(struct dmr_dev *d, const struct dmr_sb *sb,
			  void *img, __le32 *crcs, const char **why)
{
	u64 used = dmr_tb_used(sb->nr_entries), i;
	const struct dmr_table_block *b;
	int r;

	if (!used) {
		*why = "table checksum of an empty table is not zero";
		return sb->table_crc == dmr_crc32c(NULL, 0) ? 0 : -EBADMSG;
	}
	r = dmr_sync_io(d, d->spare_bdev, REQ_OP_READ,
			sb->copy * sb->layout.copy_sectors + (DMR_BLOCK_BYTES >> 9),
			used * (DMR_BLOCK_BYTES >> 9), img, true);
	if (r) {
		*why = "I/O error reading the table";
		return r;
	}
	for (i = 0; i < used; i++) {
		b = img + i * DMR_BLOCK_BYTES;
		r = dmr_tb_check(b, i, sb->uuid,
				 dmr_tb_entries(sb->nr_entries, i), why);
		if (r)
			return r;
		crcs[i] = b->crc;
	}
	if (dmr_crc32c(crcs, used * sizeof(__le32)) != sb->table_crc) {
		*why = "table does not match its superblock (torn copy)";
		return -EBADMSG;
	}
	return 0;
}

/*
 * Sizes the chunk filter for the main device: the smallest chunk (a power
 * of two of units) that keeps it at DMR_HOT_MAX_BITS bits or fewer.
 */
#define DMR_HOT_MAX_BITS	BIT(21)	/* 256 KiB */

static int dmr_hot_alloc(struct dmr_dev *d)
{
	u64 units = DIV_ROUND_UP_ULL(d->sb.main_sectors, d->lay.unit_sectors);
	unsigned long bits;
	unsigned int sh = 0;

	while (DIV_ROUND_UP_ULL(units, 1ull << sh) > DMR_HOT_MAX_BITS)
		sh++;
	bits = max_t(unsigned long, 1, DIV_ROUND_UP_ULL(units, 1ull << sh));
	kvfree(d->hot);
	d->hot_shift = sh;
	d->hot = kvcalloc(BITS_TO_LONGS(bits), sizeof(unsigned long),
			  GFP_KERNEL);
	return d->hot ? 0 : -ENOMEM;
}

/* Builds the map from the loaded table; rejects duplicate units or slots. */
static int dmr_build_map(struct dmr_dev *d, const char **why)
{
	u64 n = d->sb.nr_entries, i;
	unsigned long *slots;
	struct dmr_map *m;
	struct dmr_disk_entry *e;
	u32 slot;
	u16 state;
	int r = 0;

	m = dmr_map_alloc(n);
	slots = bitmap_zalloc(d->lay.nr_slots, GFP_KERNEL);
	if (!m || !slots || dmr_hot_alloc(d)) {
		*why = "Out of memory for the remap map";
		r = -ENOMEM;
		goto out;
	}
	d->nr_remapped = 0;
	d->nr_pending = 0;
	for (i = 0; i < n; i++) {
		e = dmr_md_entry(d, (u32)i);
		r = dmr_entry_check(e, &d->sb, why);
		if (r)
			goto out;
		slot = le32_to_cpu(e->slot);
		state = le16_to_cpu(e->state);
		if (state == DMR_STATE_REMAPPED) {
			if (test_and_set_bit(slot, slots)) {
				*why = "two entries share a slot";
				r = -EBADMSG;
				goto out;
			}
			d->nr_remapped++;
		} else {
			d->nr_pending++;
		}
		m->e[i].unit = le64_to_cpu(e->main_unit);
		m->e[i].val = MV_MAKE(slot, i, state, 0);
		set_bit(m->e[i].unit >> d->hot_shift, d->hot);
	}
	sort(m->e, n, sizeof(m->e[0]), dmr_ment_cmp, NULL);
	for (i = 1; i < n; i++) {
		if (m->e[i].unit == m->e[i - 1].unit) {
			*why = "two entries for one unit";
			r = -EBADMSG;
			goto out;
		}
	}
	RCU_INIT_POINTER(d->map, m);
	m = NULL;
out:
	kvfree(m);
	bitmap_free(slots);
	return r;
}

static int dmr_read_sb(struct dmr_dev *d, sector_t sector, u32 copy,
		       struct dmr_sb *sb, bool *seen)
{
	const char *why;
	int r;

	r = dmr_sync_io(d, d->spare_bdev, REQ_OP_READ, sector,
			DMR_BLOCK_BYTES >> 9, d->sbbuf, false);
	if (r) {
		*seen = true;	/* unreadable: never treat as blank */
		return r;
	}
	r = dmr_sb_decode(d->sbbuf, copy, sb, &why);
	if (r != -EILSEQ)
		*seen = true;
	if (r && r != -EILSEQ)
		DMWARN("%pg: spare copy %u: %s", d->spare_bdev, copy, why);
	return r;
}

static bool dmr_sb_same_pair(const struct dmr_sb *a, const struct dmr_sb *b)
{
	return !memcmp(a->uuid, b->uuid, DMR_UUID_BYTES) &&
	       !memcmp(&a->layout, &b->layout, sizeof(a->layout)) &&
	       a->main_sectors == b->main_sectors;
}

/* Checks the loaded superblock against the devices of this table. */
static int dmr_check_geometry(struct dmr_dev *d, const struct dmr_sb *sb,
			      char **error)
{
	u32 unit = sb->layout.unit_bytes;

	if (sb->main_sectors != bdev_nr_sectors(d->main_bdev)) {
		*error = "Main device size differs from the one the spare was formatted for";
		return -EINVAL;
	}
	if (sb->main_lbs_bytes != bdev_logical_block_size(d->main_bdev)) {
		*error = "Main device logical block size differs from the formatted one";
		return -EINVAL;
	}
	if (bdev_nr_sectors(d->spare_bdev) < sb->layout.slot_offset_sectors +
	    sb->layout.nr_slots * sb->layout.unit_sectors) {
		*error = "Spare device is smaller than its metadata says";
		return -EINVAL;
	}
	if (unit % bdev_logical_block_size(d->main_bdev) ||
	    unit % bdev_logical_block_size(d->spare_bdev) ||
	    bdev_logical_block_size(d->spare_bdev) > DMR_BLOCK_BYTES) {
		*error = "Remap unit is not a multiple of the devices' logical block sizes";
		return -EINVAL;
	}
	return 0;
}

static int dmr_md_alloc(struct dmr_dev *d, const struct dmr_layout *l)
{
	unsigned int c;

	d->lay = *l;
	d->ushift = ilog2(l->unit_sectors);
	/* One copy as on disk: the superblock, then the table blocks. */
	d->sbimg = vzalloc((1 + l->table_blocks) * DMR_BLOCK_BYTES);
	d->img = d->sbimg ? d->sbimg + DMR_BLOCK_BYTES : NULL;
	d->blk_crc = kvcalloc(l->table_blocks, sizeof(__le32), GFP_KERNEL);
	d->bounce = kmalloc(l->unit_bytes, GFP_KERNEL);
	d->sealed = bitmap_zalloc(l->table_blocks, GFP_KERNEL);
	d->tcrc_blk = kvcalloc(l->table_blocks, sizeof(__le32), GFP_KERNEL);
	if (!d->img || !d->blk_crc || !d->bounce || !d->sealed || !d->tcrc_blk)
		return -ENOMEM;
	for (c = 0; c < DMR_NR_COPIES; c++) {
		d->dirty[c] = bitmap_zalloc(l->table_blocks, GFP_KERNEL);
		if (!d->dirty[c])
			return -ENOMEM;
	}
	return 0;
}

#define DMR_ERR_DAMAGED \
	"Spare metadata is damaged in every copy; refusing (spare not modified)"
#define DMR_ERR_BLANK \
	"Spare carries no dm-remap metadata (blank or foreign); run dmremap-spare format"

int dmr_md_load(struct dmr_dev *d, char **error)
{
	struct dmr_sb sbs[DMR_NR_COPIES];
	bool have[DMR_NR_COPIES] = { false }, seen = false;
	sector_t size = bdev_nr_sectors(d->spare_bdev), cand[12];
	unsigned int nc = 0, i, c, order[DMR_NR_COPIES], adopted = 0;
	struct dmr_layout l;
	const char *why = "unknown";
	void *tmp = NULL;
	__le32 *tmpcrc = NULL;
	u64 used, n, blk;
	u32 unit;
	int r;

	d->sbbuf = kmalloc(DMR_BLOCK_BYTES, GFP_KERNEL);
	if (!d->sbbuf)
		goto nomem;
	if (!dmr_read_sb(d, 0, 0, &sbs[0], &seen)) {
		have[0] = true;
		cand[nc++] = sbs[0].layout.copy_sectors;
	} else {
		/* Copy 1 sits where the layout for some unit size puts it. */
		for (unit = DMR_UNIT_MIN_BYTES; unit <= DMR_UNIT_MAX_BYTES; unit <<= 1)
			if (!dmr_layout_compute(size, unit, &l) &&
			    (!nc || cand[nc - 1] != l.copy_sectors))
				cand[nc++] = l.copy_sectors;
	}
	for (i = 0; i < nc; i++) {
		if (!dmr_read_sb(d, cand[i], 1, &sbs[1], &seen)) {
			have[1] = true;
			break;
		}
	}
	if (!have[0] && !have[1]) {
		*error = seen ? DMR_ERR_DAMAGED : DMR_ERR_BLANK;
		return -EINVAL;
	}
	if (have[0] && have[1] && !dmr_sb_same_pair(&sbs[0], &sbs[1])) {
		*error = "Spare metadata copies belong to different formats; refusing";
		return -EINVAL;
	}
	c = have[0] ? 0 : 1;
	r = dmr_check_geometry(d, &sbs[c], error);
	if (r)
		return r;
	if (dmr_md_alloc(d, &sbs[c].layout))
		goto nomem;
	tmp = vzalloc(d->lay.table_blocks * DMR_BLOCK_BYTES);
	tmpcrc = kvcalloc(d->lay.table_blocks, sizeof(__le32), GFP_KERNEL);
	if (!tmp || !tmpcrc)
		goto nomem;

	/* Newest complete copy wins. */
	order[0] = have[0] && (!have[1] || sbs[0].generation >= sbs[1].generation) ? 0 : 1;
	order[1] = !order[0];
	r = -EBADMSG;
	for (i = 0; i < DMR_NR_COPIES && r; i++) {
		c = order[i];
		if (!have[c])
			continue;
		r = dmr_read_table(d, &sbs[c], d->img, d->blk_crc, &why);
		if (r) {
			DMWARN("spare copy %u (generation %llu): %s", c,
			       sbs[c].generation, why);
			memset(d->img, 0, d->lay.table_blocks * DMR_BLOCK_BYTES);
			continue;
		}
		/* Checked: the crc of every used block is in blk_crc. */
		bitmap_set(d->sealed, 0, dmr_tb_used(sbs[c].nr_entries));
		d->sb = sbs[c];
		r = dmr_build_map(d, &why);
		if (r) {
			DMWARN("spare copy %u: %s", c, why);
			memset(d->img, 0, d->lay.table_blocks * DMR_BLOCK_BYTES);
			bitmap_zero(d->sealed, d->lay.table_blocks);
		}
		adopted = c;
	}
	if (r) {
		*error = DMR_ERR_DAMAGED;
		r = -EINVAL;
		goto out;
	}

	/*
	 * The other copy: complete (perhaps a commit behind, as after every
	 * commit) needs only the blocks that differ; damaged, all of them.
	 * Either way it is brought up to date now.
	 */
	used = dmr_tb_used(d->sb.nr_entries);
	for (c = 0; c < DMR_NR_COPIES; c++) {
		if (c == adopted) {
			d->copy_ok[c] = true;
			continue;
		}
		d->copy_ok[c] = have[c] &&
			!dmr_read_table(d, &sbs[c], tmp, tmpcrc, &why);
		if (!d->copy_ok[c]) {
			DMWARN("repairing spare metadata copy %u", c);
			bitmap_fill(d->dirty[c], d->lay.table_blocks);
			d->behind = true;
			continue;
		}
		n = dmr_tb_used(sbs[c].nr_entries);
		for (blk = 0; blk < used; blk++) {
			if (blk < n && !memcmp(tmp + blk * DMR_BLOCK_BYTES,
					       d->img + blk * DMR_BLOCK_BYTES,
					       DMR_BLOCK_BYTES))
				continue;
			__set_bit(blk, d->dirty[c]);
			d->behind = true;
		}
	}
	d->next_copy = (adopted + 1) % DMR_NR_COPIES;
	d->valid_copies = 0;
	for (c = 0; c < DMR_NR_COPIES; c++)
		d->valid_copies += d->copy_ok[c];
	if (d->behind) {
		mutex_lock(&d->mlock);
		if (dmr_md_commit(d, NULL, NULL))
			DMERR("repairing spare metadata failed");
		mutex_unlock(&d->mlock);
	}
	d->main_sectors = d->sb.main_sectors;
	r = 0;
	goto out;
nomem:
	*error = "Out of memory for the metadata";
	r = -ENOMEM;
out:
	vfree(tmp);
	kvfree(tmpcrc);
	return r;
}

void dmr_md_free(struct dmr_dev *d)
{
	unsigned int c;

	kvfree(rcu_dereference_protected(d->map, true));
	kvfree(d->hot);
	vfree(d->sbimg);
	kvfree(d->blk_crc);
	kfree(d->bounce);
	kfree(d->sbbuf);
	bitmap_free(d->sealed);
	kvfree(d->tcrc_blk);
	for (c = 0; c < DMR_NR_COPIES; c++)
		bitmap_free(d->dirty[c]);
}
