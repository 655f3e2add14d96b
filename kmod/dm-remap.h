/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * dm-remap: state shared between the target (dm-remap-target.c) and the
 * metadata code (dm-remap-metadata.c).
 */
#ifndef DM_REMAP_H
#define DM_REMAP_H

#include <linux/device-mapper.h>
#include <linux/bio.h>
#include <linux/bitops.h>
#include <linux/completion.h>
#include <linux/blkdev.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/rcupdate.h>
#include <linux/refcount.h>
#include <linux/spinlock.h>
#include <linux/workqueue.h>

#include "dm-remap-parse.h"
#include "dm-remap-compat.h"

#define DM_MSG_PREFIX "remap"

/*
 * One entry of the in-memory remap map, sorted by unit. val packs the slot
 * (bits 0-31), the index of the entry in the on-disk table (bits 32-55) and
 * the state (bits 56-63) so that the worker can change an entry in place
 * with one WRITE_ONCE() that RCU readers see whole.
 */
struct dmr_ment {
	u64 unit;
	u64 val;
};

#define MV_SLOT(v)	((u32)(v))
#define MV_TIDX(v)	((u32)(((v) >> 32) & 0xffffff))
#define MV_STATE(v)	((u32)((v) >> 56) & 0x7f)
#define MV_BUSY(v)	(((v) >> 63) & 1)
#define MV_MAKE(slot, tidx, state, busy) \
	((u64)(u32)(slot) | ((u64)(tidx) << 32) | ((u64)(state) << 56) | \
	 ((u64)!!(busy) << 63))

/*
 * The map: nr entries sorted by unit, room for cap. Entries past the last
 * unit are appended in place (the worker writes them, then raises nr with
 * release semantics); any other change publishes a new map by RCU. So a
 * reader takes nr once, with dmr_map_nr(), and looks at no entry past it.
 */
struct dmr_map {
	struct rcu_head rcu;	/* first: kvfree_rcu() needs a small offset */
	u64 nr;
	u64 cap;
	struct dmr_ment e[];
};

static inline u64 dmr_map_nr(const struct dmr_map *m)
{
	/* Pairs with the release in dmr_map_update(): entries below nr. */
	return smp_load_acquire(&m->nr);
}

struct dmr_pcpu {
	u64 reads;
	u64 writes;
	u64 redirected_reads;
	u64 redirected_writes;
};

/*
 * One main/spare pair. Shared by every table that uses the same spare (a
 * reload constructs the new table while the old one still runs), so there is
 * exactly one in-memory copy of the metadata per spare.
 */
struct dmr_dev {
	struct list_head node;
	refcount_t ref;
	dev_t main_dev;
	dev_t spare_dev;
	struct block_device *main_bdev;
	struct block_device *spare_bdev;

	struct dmr_layout lay;
	unsigned int ushift;	/* log2(unit_sectors) */
	u64 main_sectors;

	/* I/O path. */
	struct dmr_map __rcu *map;
	/*
	 * Chunk filter: bit c set if units c << hot_shift .. (c + 1) <<
	 * hot_shift - 1 may have a map entry. Set before a map that holds
	 * the entry is published, never cleared while the pair lives (a
	 * stale bit only costs a search), so most bios skip the search.
	 */
	unsigned long *hot;
	unsigned int hot_shift;
	struct srcu_struct srcu;	/* writes in flight, for draining */
	spinlock_t lock;		/* deferred, held, targets */
	struct bio_list deferred;	/* failed I/O, writes to pending units */
	struct bio_list held;		/* I/O to busy units */
	struct list_head targets;
	struct workqueue_struct *wq;
	struct work_struct work;
	struct delayed_work sync_work;	/* dmr_md_sync() once idle */
	struct bio_set bs;
	struct bio_set bs_map;		/* clones made in ->map */
	struct bio_set bs_md;		/* metadata and merged slot writes */
	void *groups;			/* the worker's struct dmr_group[] */
	u64 *busy;			/* units with a busy mark, under mlock */
	u64 nr_busy, cap_busy;
	bool busy_walk;			/* busy list incomplete: walk the map */
	struct dmr_ment *adds;		/* a batch's buffer, kept between */
	u64 cap_adds;
	unsigned long sync_at;		/* jiffies: dmr_sync_worker() not before */
	struct dm_io_client *io;

	/* Metadata: everything below is under mlock. */
	struct mutex mlock;
	struct dmr_sb sb;		/* generation, nr_entries, next_slot */
	void *sbimg;			/* superblock + table blocks of a copy */
	void *img;			/* its table blocks (sbimg + 1 block) */
	__le32 *blk_crc;		/* crc of each table block */
	unsigned long *sealed;		/* blocks whose blk_crc is current */
	__le32 *tcrc_blk;		/* blk_crc as sb.table_crc covers it */
	u64 tcrc_used;			/* ... for this many blocks */
	bool tcrc_ok;			/* sb.table_crc and tcrc_blk current */
	unsigned long *dirty[DMR_NR_COPIES];	/* blocks to write, per copy */
	void *sbbuf;			/* superblocks read at load */
	bool sb_sealed;			/* sbimg holds an encoded superblock */
	void *bounce;			/* one unit */
	bool copy_ok[DMR_NR_COPIES];
	bool data_written;		/* slot data written since the commit */
	bool table_dirty;
	bool behind;			/* a copy lacks the last commits */
	unsigned int next_copy;		/* the copy the next commit writes */
	bool read_only;			/* commits failed: no new remaps */
	bool spare_failing;		/* slot I/O failed */
	bool failed;			/* main device gone */
	int last_state;

	/* Read without locks by status. */
	u64 nr_remapped;
	u64 nr_pending;
	u32 valid_copies;

	struct dmr_pcpu __percpu *pcpu;
	atomic64_t read_errors;
	atomic64_t write_errors;
	atomic64_t auto_remaps;
	atomic64_t manual_remaps;
	atomic64_t spare_errors;
	atomic64_t commits;
	atomic64_t pending_dropped;
};

static inline sector_t dmr_slot_sector(struct dmr_dev *d, u32 slot)
{
	return d->lay.slot_offset_sectors + ((sector_t)slot << d->ushift);
}

/* dm-remap-metadata.c */
struct dmr_iowait {
	atomic_t count;
	unsigned long error;
	struct completion done;
};

void dmr_iowait_init(struct dmr_iowait *w);
void dmr_iowait_put(struct dmr_iowait *w);
void dmr_iowait_endio(struct bio *bio);
int dmr_iowait_wait(struct dmr_iowait *w);
void dmr_async_write(struct dmr_dev *d, struct dmr_iowait *w, sector_t sector,
		     sector_t count, void *buf, bool vmem);
void dmr_md_init(void);
int dmr_md_load(struct dmr_dev *d, char **error);
void dmr_md_free(struct dmr_dev *d);
int dmr_md_commit(struct dmr_dev *d, void (*durable)(void *), void *arg);
int dmr_md_sync(struct dmr_dev *d);
void dmr_md_set(struct dmr_dev *d, u32 tidx, u64 unit, u32 slot, u16 state,
		u16 flags);
int dmr_md_append(struct dmr_dev *d, u64 unit, u32 slot, u16 state,
		  u16 flags, u32 *tidx);
u64 dmr_md_remove(struct dmr_dev *d, u32 tidx, u32 *moved_to);
u64 dmr_md_unit_at(struct dmr_dev *d, u32 tidx);
int dmr_sync_io(struct dmr_dev *d, struct block_device *bdev, blk_opf_t opf,
		sector_t sector, sector_t count, void *buf, bool vmem);

/* Map: index of the first of its first nr entries whose unit is >= unit. */
static inline u64 dmr_map_lower(const struct dmr_map *m, u64 nr, u64 unit)
{
	u64 lo = 0, hi = nr, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (m->e[mid].unit < unit)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Whether units fu..lu may have map entries (the chunk filter). */
static inline bool dmr_hot(const struct dmr_dev *d, u64 fu, u64 lu)
{
	unsigned long cf = fu >> d->hot_shift, cl = lu >> d->hot_shift;

	if (cf == cl)
		return test_bit(cf, d->hot);
	return find_next_bit(d->hot, cl + 1, cf) <= cl;
}

struct dmr_map *dmr_map_alloc(u64 nr);
int dmr_map_update(struct dmr_dev *d, struct dmr_ment *adds, u64 nr_adds,
		   u64 remove_unit);
struct dmr_ment *dmr_map_find(struct dmr_dev *d, u64 unit);

#endif /* DM_REMAP_H */
