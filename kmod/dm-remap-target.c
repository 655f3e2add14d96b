// SPDX-License-Identifier: GPL-2.0-only
/*
 * dm-remap: a device-mapper target that sends the bad blocks of a failing
 * main device to a healthy spare device.
 *
 * See Documentation/dm-remap.rst for the table line, the messages, the
 * status line, the on-disk format and the I/O semantics.
 */
#include <linux/blkdev.h>
#include <linux/list_sort.h>
#include <linux/module.h>
#include <linux/slab.h>

#include "dm-remap.h"

struct dmr_target {
	struct dm_target *ti;
	struct dmr_dev *d;
	struct dm_dev *main;
	struct dm_dev *spare;
	struct dmr_table_args args;
	struct list_head node;		/* d->targets, under d->mlock */
};

enum {
	PB_MAIN = 1,		/* sent to the main device */
	PB_SPARE = 2,		/* sent to a slot */
	PB_SRCU = 4,		/* holds d->srcu (a write in flight) */
	PB_FINAL = 8,		/* completed by the worker */
	PB_MULTI = 16,		/* mapped whole as several clones */
};

/* dmr_pb.eflags: what the clones of a PB_MULTI bio met (set_bit). */
enum {
	PBE_MAIN_ERR,		/* an I/O to main failed */
	PBE_MEDIA,		/* ... with a media error */
	PBE_SPARE_ERR,		/* an I/O to a slot failed */
};

/* Most clones one bio is mapped to at once; more and it is split. */
#define DMR_MAX_CLONES	32

struct dmr_pb {
	struct dmr_target *tc;
	struct bvec_iter iter;	/* as mapped, for the worker's retries */
	blk_opf_t opf;
	sector_t sector;	/* target-relative first sector */
	int srcu_idx;
	unsigned int flags;
	unsigned long eflags;
	blk_status_t status;	/* worker's verdict */
};

#define DMR_SLOT_WINDOW 32

struct dmr_group {
	struct list_head *first, *end;
	struct dmr_ment *e;
	void *buf;
	bool fresh;
	struct dmr_iowait w;
};

/* Quiet time after the last commit before the other copy catches up. */
#define DMR_SYNC_DELAY	(HZ / 10)

static LIST_HEAD(dmr_devs);
static DEFINE_MUTEX(dmr_devs_lock);

static bool dmr_media_error(blk_status_t st)
{
	return st == BLK_STS_MEDIUM || st == BLK_STS_IOERR;
}

static int dmr_state(struct dmr_dev *d)
{
	if (d->failed)
		return DMR_ST_FAILED;
	if (d->read_only)
		return DMR_ST_READ_ONLY;
	if (d->sb.next_slot >= d->lay.nr_slots)
		return DMR_ST_SPARE_FULL;
	if (d->valid_copies < DMR_NR_COPIES || d->spare_failing)
		return DMR_ST_DEGRADED;
	return DMR_ST_OK;
}

/* Raises a dm event on every table of this pair. Called under mlock. */
static void dmr_event(struct dmr_dev *d)
{
	struct dmr_target *tc;

	list_for_each_entry(tc, &d->targets, node)
		dm_table_event(tc->ti->table);
}

static void dmr_check_state(struct dmr_dev *d, bool force_event)
{
	int st = dmr_state(d);

	if (st != d->last_state) {
		DMWARN("%pg: state %s -> %s", d->main_bdev,
		       dmr_state_name(d->last_state), dmr_state_name(st));
		d->last_state = st;
		force_event = true;
	}
	if (force_event)
		dmr_event(d);
}

/*
 * ------------------------------------------------------------------------
 * Pair lifetime
 * ------------------------------------------------------------------------
 */
static void dmr_worker(struct work_struct *work);
static void dmr_sync_worker(struct work_struct *work);

static void dmr_dev_free(struct dmr_dev *d)
{
	if (d->wq)
		destroy_workqueue(d->wq);
	dmr_md_free(d);
	if (d->io)
		dm_io_client_destroy(d->io);
	bioset_exit(&d->bs);
	bioset_exit(&d->bs_map);
	bioset_exit(&d->bs_md);
	free_percpu(d->pcpu);
	kfree(d->groups);
	kvfree(d->busy);
	kvfree(d->adds);
	cleanup_srcu_struct(&d->srcu);
	kfree(d);
}

static struct dmr_dev *dmr_dev_create(struct dmr_target *tc, char **error)
{
	struct dmr_dev *d;
	int r;

	d = kzalloc(sizeof(*d), GFP_KERNEL);
	if (!d)
		goto nomem;
	refcount_set(&d->ref, 1);
	d->main_bdev = tc->main->bdev;
	d->spare_bdev = tc->spare->bdev;
	d->main_dev = d->main_bdev->bd_dev;
	d->spare_dev = d->spare_bdev->bd_dev;
	spin_lock_init(&d->lock);
	mutex_init(&d->mlock);
	bio_list_init(&d->deferred);
	bio_list_init(&d->held);
	INIT_LIST_HEAD(&d->targets);
	INIT_WORK(&d->work, dmr_worker);
	INIT_DELAYED_WORK(&d->sync_work, dmr_sync_worker);
	if (init_srcu_struct(&d->srcu)) {
		kfree(d);
		goto nomem;
	}
	d->pcpu = alloc_percpu(struct dmr_pcpu);
	d->io = dm_io_client_create();
	if (IS_ERR(d->io)) {
		d->io = NULL;
		goto nomem_free;
	}
	d->groups = kcalloc(DMR_SLOT_WINDOW, sizeof(struct dmr_group),
			    GFP_KERNEL);
	if (!d->pcpu || !d->groups || bioset_init(&d->bs, 16, 0, 0) ||
	    bioset_init(&d->bs_map, 64, 0, 0) ||
	    bioset_init(&d->bs_md, 4, 0, BIOSET_NEED_BVECS))
		goto nomem_free;
	/*
	 * Per-CPU, not ordered: the worker runs on the CPU that saw the
	 * error, so no other (perhaps idle) CPU has to be woken for it and
	 * for the wake-up of the writer. A work item never runs twice at
	 * once, and mlock serializes the worker with everything else. Not
	 * WQ_HIGHPRI: a writer still submitting keeps its CPU, so the errors
	 * of a burst gather into one batch (one commit) instead of the
	 * worker taking them one at a time.
	 */
	d->wq = alloc_workqueue("dm-remap/%pg", WQ_MEM_RECLAIM, 1,
				d->spare_bdev);
	if (!d->wq)
		goto nomem_free;
	r = dmr_md_load(d, error);
	if (r) {
		dmr_dev_free(d);
		return ERR_PTR(r);
	}
	d->last_state = dmr_state(d);
	return d;

nomem_free:
	dmr_dev_free(d);
nomem:
	*error = "Out of memory";
	return ERR_PTR(-ENOMEM);
}

/* Called under dmr_devs_lock. */
static void dmr_dev_put(struct dmr_dev *d)
{
	if (!refcount_dec_and_test(&d->ref))
		return;
	list_del(&d->node);
	flush_workqueue(d->wq);
	cancel_delayed_work_sync(&d->sync_work);
	mutex_lock(&d->mlock);
	if (dmr_md_sync(d))
		DMERR("%pg: final metadata commit failed", d->spare_bdev);
	mutex_unlock(&d->mlock);
	dmr_dev_free(d);
}

static bool dmr_overlap(struct block_device *a, struct block_device *b)
{
	sector_t sa = a->bd_start_sect, ea = sa + bdev_nr_sectors(a);
	sector_t sb = b->bd_start_sect, eb = sb + bdev_nr_sectors(b);

	if (a == b)
		return true;
	if (bdev_whole(a) != bdev_whole(b))
		return false;
	return sa < eb && sb < ea;
}

/*
 * Construct a remap target:
 *
 *   <main_dev> <spare_dev> [<#features> <feature>...]
 *
 * features: no_auto_remap | read_retries <n>
 *
 * The spare must carry metadata written by "dmremap-spare format" for this
 * main device. Tables sharing a spare (a reload) share its in-memory state.
 */
static int remap_ctr(struct dm_target *ti, unsigned int argc, char **argv)
{
	struct dmr_target *tc;
	struct dmr_dev *d;
	const char *why;
	int r;

	tc = kzalloc(sizeof(*tc), GFP_KERNEL);
	if (!tc) {
		ti->error = "Out of memory";
		return -ENOMEM;
	}
	tc->ti = ti;
	r = dmr_parse_table(argc, argv, &tc->args, &why);
	if (r) {
		ti->error = (char *)why;
		goto bad;
	}
	r = dm_get_device(ti, tc->args.main_path, dm_table_get_mode(ti->table),
			  &tc->main);
	if (r) {
		ti->error = "Main device lookup failed";
		goto bad;
	}
	r = dm_get_device(ti, tc->args.spare_path,
			  dm_table_get_mode(ti->table), &tc->spare);
	if (r) {
		ti->error = "Spare device lookup failed";
		goto bad_main;
	}
	if (dmr_overlap(tc->main->bdev, tc->spare->bdev)) {
		ti->error = "Spare device must not overlap the main device";
		r = -EINVAL;
		goto bad_spare;
	}

	mutex_lock(&dmr_devs_lock);
	list_for_each_entry(d, &dmr_devs, node) {
		if (d->spare_dev != tc->spare->bdev->bd_dev)
			continue;
		if (d->main_dev != tc->main->bdev->bd_dev) {
			mutex_unlock(&dmr_devs_lock);
			ti->error = "Spare device is in use for another main device";
			r = -EBUSY;
			goto bad_spare;
		}
		refcount_inc(&d->ref);
		goto found;
	}
	d = dmr_dev_create(tc, &ti->error);
	if (IS_ERR(d)) {
		mutex_unlock(&dmr_devs_lock);
		r = PTR_ERR(d);
		goto bad_spare;
	}
	list_add(&d->node, &dmr_devs);
found:
	if (ti->len > d->main_sectors) {
		dmr_dev_put(d);
		mutex_unlock(&dmr_devs_lock);
		ti->error = "Target is longer than the main device";
		r = -EINVAL;
		goto bad_spare;
	}
	mutex_unlock(&dmr_devs_lock);

	tc->d = d;
	mutex_lock(&d->mlock);
	list_add(&tc->node, &d->targets);
	mutex_unlock(&d->mlock);

	ti->num_flush_bios = 2;		/* 0: main, 1: spare */
	ti->num_discard_bios = 1;
	ti->num_write_zeroes_bios = 1;
	ti->per_io_data_size = sizeof(struct dmr_pb);
	ti->private = tc;
	return 0;

bad_spare:
	dm_put_device(ti, tc->spare);
bad_main:
	dm_put_device(ti, tc->main);
bad:
	kfree(tc);
	return r;
}

static void remap_dtr(struct dm_target *ti)
{
	struct dmr_target *tc = ti->private;
	struct dmr_dev *d = tc->d;

	mutex_lock(&d->mlock);
	list_del(&tc->node);
	mutex_unlock(&d->mlock);
	mutex_lock(&dmr_devs_lock);
	dmr_dev_put(d);
	mutex_unlock(&dmr_devs_lock);
	dm_put_device(ti, tc->spare);
	dm_put_device(ti, tc->main);
	kfree(tc);
}

/*
 * ------------------------------------------------------------------------
 * I/O path
 * ------------------------------------------------------------------------
 */
static void dmr_queue(struct dmr_dev *d, struct bio *bio, bool hold)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	bio_list_add(hold ? &d->held : &d->deferred, bio);
	spin_unlock_irqrestore(&d->lock, flags);
	if (!hold)
		queue_work(d->wq, &d->work);
}

/* Only valid inside ->map: trims bio to end at target sector boundary. */
static void dmr_split(struct bio *bio, sector_t sector, sector_t *nr,
		      sector_t boundary)
{
	if (boundary - sector < *nr) {
		*nr = boundary - sector;
		dm_accept_partial_bio(bio, *nr);
	}
}

static void dmr_clone_endio(struct bio *clone)
{
	struct bio *bio = clone->bi_private;
	struct dmr_pb *pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
	blk_status_t st = clone->bi_status;

	if (st) {
		if (clone->bi_bdev == pb->tc->spare->bdev) {
			set_bit(PBE_SPARE_ERR, &pb->eflags);
		} else {
			set_bit(PBE_MAIN_ERR, &pb->eflags);
			if (dmr_media_error(st))
				set_bit(PBE_MEDIA, &pb->eflags);
		}
		if (!bio->bi_status)
			bio->bi_status = st;
	}
	bio_put(clone);
	bio_endio(bio);
}

/*
 * Maps a bio that spans remapped and healthy units whole: one clone per run
 * (healthy units to main, remapped units in consecutive slots to the
 * spare), collected in clones for dmr_submit_clones(). This saves the
 * device-mapper core a pass per split. Returns false with nothing done if
 * the bio is one run, if a unit in it is busy or a written unit pending, or
 * if the clones cannot be had without waiting: the caller then splits.
 * Called under rcu_read_lock(); i: first map entry at or after the bio.
 */
static bool dmr_map_multi(struct dmr_target *tc, struct bio *bio,
			  struct dmr_map *m, u64 mnr, u64 i, sector_t sector,
			  sector_t nr, struct bio_list *clones)
{
	struct dmr_dev *d = tc->d;
	bool write = bio_op(bio) == REQ_OP_WRITE;
	unsigned int sh = d->ushift, n = 0;
	sector_t s = sector, end = sector + nr, next, dst;
	struct block_device *bdev;
	struct bio *c;
	u64 u, j = i, k, v, w;

	while (s < end) {
		u = s >> sh;
		v = j < mnr && m->e[j].unit == u ? READ_ONCE(m->e[j].val) : 0;
		if (v && !MV_BUSY(v) && MV_STATE(v) == DMR_STATE_REMAPPED) {
			/* Remapped units in consecutive slots: one clone. */
			for (k = j + 1; k < mnr && (m->e[k].unit << sh) < end;
			     k++) {
				w = READ_ONCE(m->e[k].val);
				if (m->e[k].unit != u + (k - j) || MV_BUSY(w) ||
				    MV_STATE(w) != DMR_STATE_REMAPPED ||
				    MV_SLOT(w) != MV_SLOT(v) + (k - j))
					break;
			}
			next = min_t(sector_t, end, (u + (k - j)) << sh);
			dst = dmr_slot_sector(d, MV_SLOT(v)) + (s - (u << sh));
			bdev = tc->spare->bdev;
			j = k;
		} else {
			/* Up to the next remapped unit: main. */
			next = end;
			for (; j < mnr && (m->e[j].unit << sh) < end; j++) {
				w = READ_ONCE(m->e[j].val);
				if (MV_BUSY(w) ||
				    (write && MV_STATE(w) == DMR_STATE_PENDING))
					goto fallback;
				if (MV_STATE(w) == DMR_STATE_REMAPPED) {
					next = m->e[j].unit << sh;
					break;
				}
			}
			dst = s;
			bdev = tc->main->bdev;
		}
		if ((!n && next == end) || ++n > DMR_MAX_CLONES)
			goto fallback;
		c = bio_alloc_clone(bdev, bio, GFP_NOWAIT, &d->bs_map);
		if (!c)
			goto fallback;
		bio_trim(c, s - sector, next - s);
		c->bi_iter.bi_sector = dst;
		c->bi_end_io = dmr_clone_endio;
		c->bi_private = bio;
		bio_list_add(clones, c);
		s = next;
	}
	return true;

fallback:
	while ((c = bio_list_pop(clones)))
		bio_put(c);
	return false;
}

/* Sends the clones of dmr_map_multi(); bio completes after the last one. */
static void dmr_submit_clones(struct dmr_target *tc, struct bio *bio,
			      struct bio_list *clones)
{
	struct dmr_dev *d = tc->d;
	struct bio *c;

	while ((c = bio_list_pop(clones))) {
		if (c->bi_bdev == tc->spare->bdev && op_is_write(bio_op(bio)))
			this_cpu_inc(d->pcpu->redirected_writes);
		else if (c->bi_bdev == tc->spare->bdev)
			this_cpu_inc(d->pcpu->redirected_reads);
		bio_inc_remaining(bio);
		submit_bio_noacct(c);
	}
	bio_endio(bio);
}

/*
 * Held bios go back through here with in_map false; they were cut to one
 * unit before being held, so no split is needed then.
 */
static int dmr_map_bio(struct dmr_target *tc, struct bio *bio)
{
	struct dmr_pb *pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
	struct dmr_dev *d = tc->d;
	bool write = bio_op(bio) == REQ_OP_WRITE;
	sector_t sector, nr, off;
	unsigned int sh = d->ushift;
	struct dmr_map *m;
	struct bio_list clones;
	u64 fu, lu, i, j, v, w, mnr;
	unsigned long flags;

	pb->tc = tc;
	pb->flags = 0;
	pb->eflags = 0;
	if (unlikely(bio->bi_opf & REQ_PREFLUSH)) {
		bio_set_dev(bio, dm_bio_get_target_bio_nr(bio) ?
			    tc->spare->bdev : tc->main->bdev);
		return DM_MAPIO_REMAPPED;
	}
	sector = dm_target_offset(tc->ti, bio->bi_iter.bi_sector);
	nr = bio_sectors(bio);
	/* Before the lookup, so that a worker draining writes sees us. */
	if (op_is_write(bio_op(bio))) {
		pb->srcu_idx = dmr_srcu_down(&d->srcu);
		pb->flags |= PB_SRCU;
	}
	rcu_read_lock();
retry:
	m = rcu_dereference(d->map);
	mnr = dmr_map_nr(m);
	if (likely(!mnr) || !nr)
		goto to_main;
	fu = sector >> sh;
	lu = (sector + nr - 1) >> sh;
	if (!dmr_hot(d, fu, lu))
		goto to_main;
	i = dmr_map_lower(m, mnr, fu);
	if (i == mnr || m->e[i].unit > lu)
		goto to_main;
	if (fu != lu && (write || bio_op(bio) == REQ_OP_READ)) {
		bio_list_init(&clones);
		if (dmr_map_multi(tc, bio, m, mnr, i, sector, nr, &clones)) {
			rcu_read_unlock();
			pb->flags |= PB_MULTI;
			pb->sector = sector;
			pb->iter = bio->bi_iter;
			pb->opf = bio->bi_opf;
			if (write)
				this_cpu_inc(d->pcpu->writes);
			else
				this_cpu_inc(d->pcpu->reads);
			dmr_submit_clones(tc, bio, &clones);
			return DM_MAPIO_SUBMITTED;
		}
	}
	if (m->e[i].unit > fu) {
		dmr_split(bio, sector, &nr, m->e[i].unit << sh);
		goto to_main;
	}
	v = READ_ONCE(m->e[i].val);
	if (MV_BUSY(v) || (write && MV_STATE(v) == DMR_STATE_PENDING)) {
		dmr_split(bio, sector, &nr, (fu + 1) << sh);
		pb->sector = sector;
		pb->iter = bio->bi_iter;
		pb->opf = bio->bi_opf;
		if (MV_BUSY(v)) {
			/* Recheck under the lock the worker takes to release. */
			spin_lock_irqsave(&d->lock, flags);
			m = rcu_dereference(d->map);
			mnr = dmr_map_nr(m);
			i = dmr_map_lower(m, mnr, fu);
			if (i == mnr || m->e[i].unit != fu ||
			    !MV_BUSY(READ_ONCE(m->e[i].val))) {
				spin_unlock_irqrestore(&d->lock, flags);
				goto retry;
			}
			bio_list_add(&d->held, bio);
			spin_unlock_irqrestore(&d->lock, flags);
		} else {
			dmr_queue(d, bio, false);
		}
		rcu_read_unlock();
		if (pb->flags & PB_SRCU) {
			pb->flags &= ~PB_SRCU;
			dmr_srcu_up(&d->srcu, pb->srcu_idx);
		}
		return DM_MAPIO_SUBMITTED;
	}
	if (MV_STATE(v) == DMR_STATE_PENDING) {
		dmr_split(bio, sector, &nr, (fu + 1) << sh);
		goto to_main;
	}
	/* A run of remapped units in consecutive slots goes as one bio. */
	for (j = i + 1; j < mnr && m->e[j].unit <= lu; j++) {
		w = READ_ONCE(m->e[j].val);
		if (m->e[j].unit != fu + (j - i) || MV_BUSY(w) ||
		    MV_STATE(w) != DMR_STATE_REMAPPED ||
		    MV_SLOT(w) != MV_SLOT(v) + (j - i))
			break;
	}
	dmr_split(bio, sector, &nr, (fu + (j - i)) << sh);
	off = sector - (fu << sh);
	rcu_read_unlock();
	bio_set_dev(bio, tc->spare->bdev);
	bio->bi_iter.bi_sector = dmr_slot_sector(d, MV_SLOT(v)) + off;
	pb->flags |= PB_SPARE;
	if (write)
		this_cpu_inc(d->pcpu->redirected_writes);
	else if (bio_op(bio) == REQ_OP_READ)
		this_cpu_inc(d->pcpu->redirected_reads);
	goto done;

to_main:
	rcu_read_unlock();
	bio_set_dev(bio, tc->main->bdev);
	bio->bi_iter.bi_sector = sector;
	pb->flags |= PB_MAIN;
done:
	pb->sector = sector;
	pb->iter = bio->bi_iter;
	pb->opf = bio->bi_opf;
	if (write)
		this_cpu_inc(d->pcpu->writes);
	else if (bio_op(bio) == REQ_OP_READ)
		this_cpu_inc(d->pcpu->reads);
	return DM_MAPIO_REMAPPED;
}

static int remap_map(struct dm_target *ti, struct bio *bio)
{
	return dmr_map_bio(ti->private, bio);
}

static int remap_end_io(struct dm_target *ti, struct bio *bio,
			blk_status_t *error)
{
	struct dmr_pb *pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
	struct dmr_target *tc = ti->private;
	struct dmr_dev *d = tc->d;
	enum req_op op = bio_op(bio);

	if (pb->flags & PB_SRCU) {
		pb->flags &= ~PB_SRCU;
		dmr_srcu_up(&d->srcu, pb->srcu_idx);
	}
	if ((pb->flags & PB_FINAL) || likely(!*error))
		return DM_ENDIO_DONE;
	if (pb->flags & PB_MULTI) {
		if (test_bit(PBE_SPARE_ERR, &pb->eflags)) {
			atomic64_inc(&d->spare_errors);
			DMERR_LIMIT("%pg: slot I/O error", d->spare_bdev);
		}
		if (!test_bit(PBE_MAIN_ERR, &pb->eflags))
			return DM_ENDIO_DONE;
		if (op == REQ_OP_READ)
			atomic64_inc(&d->read_errors);
		else
			atomic64_inc(&d->write_errors);
		if (!test_bit(PBE_MEDIA, &pb->eflags) ||
		    test_bit(GD_DEAD, &d->main_bdev->bd_disk->state))
			return DM_ENDIO_DONE;
		/* The worker redoes it all, unit by unit. */
		dmr_queue(d, bio, false);
		return DM_ENDIO_INCOMPLETE;
	}
	if (pb->flags & PB_SPARE) {
		atomic64_inc(&d->spare_errors);
		DMERR_LIMIT("%pg: slot I/O error %d", d->spare_bdev, *error);
		return DM_ENDIO_DONE;
	}
	if (!(pb->flags & PB_MAIN) || (op != REQ_OP_READ && op != REQ_OP_WRITE))
		return DM_ENDIO_DONE;
	if (op == REQ_OP_READ)
		atomic64_inc(&d->read_errors);
	else
		atomic64_inc(&d->write_errors);
	/* Transport, timeout, offline: not the medium; never remap. */
	if (!dmr_media_error(*error) ||
	    test_bit(GD_DEAD, &d->main_bdev->bd_disk->state))
		return DM_ENDIO_DONE;
	dmr_queue(d, bio, false);
	return DM_ENDIO_INCOMPLETE;
}

/*
 * After a commit: the copy it skipped catches up once things are quiet,
 * DMR_SYNC_DELAY after the last call. A sync already queued is not moved
 * (no timer work per commit): dmr_sync_worker() puts itself off. Under
 * mlock.
 */
static void dmr_sync_later(struct dmr_dev *d)
{
	if (!d->behind)
		return;
	d->sync_at = jiffies + DMR_SYNC_DELAY;
	queue_delayed_work(d->wq, &d->sync_work, DMR_SYNC_DELAY);
}

/*
 * ------------------------------------------------------------------------
 * Worker: retries, pending marks, remaps, group commit
 * ------------------------------------------------------------------------
 */
struct dmr_piece {
	struct list_head node;
	struct bio *bio;
	u64 unit;
	u32 uoff;	/* sectors into the unit */
	u32 boff;	/* sectors into the bio */
	u32 len;	/* sectors */
	bool fresh;	/* this batch gave the unit its slot */
};

/* Entries of a batch's adds buffer kept for the next batch. */
#define DMR_KEEP_ADDS	256

struct dmr_batch {
	struct list_head pieces;	/* write data for slots */
	struct dmr_ment *adds;		/* new map entries, not yet published */
	u64 nr_adds;
	u64 cap_adds;
	struct bio_list bios;
	bool drain;
	bool remapped;			/* new remaps: raise an event */
	bool failed_alloc;
};

/* One synchronous piece of bio (sectors boff..boff+len) at bdev/sector. */
static blk_status_t dmr_piece_io(struct dmr_dev *d, struct bio *bio, u32 boff,
				 u32 len, struct block_device *bdev,
				 sector_t sector, blk_opf_t opf)
{
	struct bio *clone;
	blk_status_t st;

	clone = bio_alloc_clone(bdev, bio, GFP_NOIO, &d->bs);
	if (!clone)
		return BLK_STS_RESOURCE;
	bio_trim(clone, boff, len);
	clone->bi_iter.bi_sector = sector;
	clone->bi_opf = opf;
	submit_bio_wait(clone);
	st = clone->bi_status;
	bio_put(clone);
	return st;
}

static void dmr_copy_piece(struct bio *bio, u32 boff, u32 len, void *dst)
{
	struct bvec_iter start = bio->bi_iter, iter;
	struct bio_vec bv;

	bio_advance_iter(bio, &start, boff << SECTOR_SHIFT);
	start.bi_size = len << SECTOR_SHIFT;
	__bio_for_each_segment(bv, bio, iter, start) {
		memcpy_from_bvec(dst, &bv);
		dst += bv.bv_len;
	}
}

/* The entry of unit: in the published map or added in this batch. */
static u64 *dmr_lookup(struct dmr_dev *d, struct dmr_batch *b, u64 unit)
{
	struct dmr_ment *e = dmr_map_find(d, unit);
	u64 i;

	if (e)
		return &e->val;
	for (i = 0; i < b->nr_adds; i++)
		if (b->adds[i].unit == unit)
			return &b->adds[i].val;
	return NULL;
}

static int dmr_add(struct dmr_batch *b, u64 unit, u64 val)
{
	struct dmr_ment *n;

	if (b->nr_adds == b->cap_adds) {
		n = kvmalloc_array(b->cap_adds * 2 + 16, sizeof(*n), GFP_NOIO);
		if (!n)
			return -ENOMEM;
		if (b->adds)
			memcpy(n, b->adds, b->nr_adds * sizeof(*n));
		kvfree(b->adds);
		b->adds = n;
		b->cap_adds = b->cap_adds * 2 + 16;
	}
	b->adds[b->nr_adds].unit = unit;
	b->adds[b->nr_adds++].val = val;
	return 0;
}

/*
 * Records that unit's entry carries a busy mark, so that dmr_release()
 * visits only those entries. If the list cannot grow, dmr_release() walks
 * the whole map instead.
 */
static void dmr_note_busy(struct dmr_dev *d, u64 unit)
{
	u64 *n;

	if (d->busy_walk)
		return;
	if (d->nr_busy == d->cap_busy) {
		n = kvmalloc_array(d->cap_busy * 2 + 64, sizeof(*n), GFP_NOIO);
		if (!n) {
			d->busy_walk = true;
			return;
		}
		if (d->busy)
			memcpy(n, d->busy, d->nr_busy * sizeof(*n));
		kvfree(d->busy);
		d->busy = n;
		d->cap_busy = d->cap_busy * 2 + 64;
	}
	d->busy[d->nr_busy++] = unit;
}

/* A batch borrows the pair's adds buffer (under mlock) ... */
static void dmr_batch_init(struct dmr_dev *d, struct dmr_batch *b)
{
	memset(b, 0, sizeof(*b));
	INIT_LIST_HEAD(&b->pieces);
	bio_list_init(&b->bios);
	b->adds = d->adds;
	b->cap_adds = d->cap_adds;
	d->adds = NULL;
	d->cap_adds = 0;
}

/* ... and gives it back, unless a burst made it large. */
static void dmr_batch_done(struct dmr_dev *d, struct dmr_batch *b)
{
	if (b->cap_adds > DMR_KEEP_ADDS) {
		kvfree(b->adds);
		return;
	}
	d->adds = b->adds;
	d->cap_adds = b->cap_adds;
}

static void dmr_publish(struct dmr_dev *d, struct dmr_batch *b)
{
	if (!b->nr_adds)
		return;
	if (dmr_map_update(d, b->adds, b->nr_adds, ~0ull)) {
		/* Keep the table consistent with the map: not possible. */
		DMERR("%pg: out of memory publishing remaps", d->main_bdev);
		d->read_only = true;
	}
	b->nr_adds = 0;
}

/* Entries kept free for the slots not yet handed out. */
static bool dmr_room_for_pending(struct dmr_dev *d)
{
	return d->sb.nr_entries + 1 + (d->lay.nr_slots - d->sb.next_slot) <=
	       d->lay.table_capacity;
}

static void dmr_mark_pending(struct dmr_dev *d, struct dmr_batch *b, u64 unit)
{
	u32 tidx;

	if (dmr_lookup(d, b, unit))
		return;
	if (!dmr_room_for_pending(d) ||
	    dmr_md_append(d, unit, DMR_SLOT_NONE, DMR_STATE_PENDING, 0, &tidx)) {
		atomic64_inc(&d->pending_dropped);
		return;
	}
	if (dmr_add(b, unit, MV_MAKE(DMR_SLOT_NONE, tidx, DMR_STATE_PENDING, 0))) {
		dmr_md_remove(d, tidx, &tidx);
		atomic64_inc(&d->pending_dropped);
		return;
	}
	d->nr_pending++;
}

static void dmr_fail(struct bio *bio, blk_status_t st)
{
	struct dmr_pb *pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));

	if (!pb->status)
		pb->status = st;
}

static int dmr_add_pieces(struct dmr_dev *d, struct dmr_batch *b,
			  struct bio *bio, u32 off, u32 len)
{
	struct dmr_pb *pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
	u32 usec = d->lay.unit_sectors, n;
	struct dmr_piece *p;
	sector_t s;

	while (len) {
		s = pb->sector + off;
		n = min_t(u32, len, usec - (s & (usec - 1)));
		p = kmalloc(sizeof(*p), GFP_NOIO);
		if (!p) {
			dmr_fail(bio, BLK_STS_RESOURCE);
			return -ENOMEM;
		}
		p->bio = bio;
		p->unit = s >> d->ushift;
		p->uoff = s & (usec - 1);
		p->boff = off;
		p->len = n;
		list_add_tail(&p->node, &b->pieces);
		off += n;
		len -= n;
	}
	return 0;
}

/*
 * Retries sectors off..off+len of bio on main, halving at unit boundaries to
 * find the units that fail with a media error: a failed read marks its unit
 * pending, a failed write becomes pieces for slots. known_bad: this range
 * just failed as a whole, so its first retry is skipped.
 */
static void dmr_retry_range(struct dmr_dev *d, struct dmr_batch *b,
			    struct bio *bio, u32 off, u32 len, bool known_bad)
{
	struct dmr_pb *pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
	bool write = bio_op(bio) == REQ_OP_WRITE;
	sector_t s = pb->sector + off, half;
	u32 usec = d->lay.unit_sectors, t;
	blk_opf_t opf = write ? REQ_OP_WRITE | (pb->opf & (REQ_FUA | REQ_SYNC)) :
				REQ_OP_READ;
	blk_status_t st = BLK_STS_IOERR;

	if (!known_bad) {
		st = dmr_piece_io(d, bio, off, len, d->main_bdev, s, opf);
		if (!st)
			return;
		if (!dmr_media_error(st)) {
			dmr_fail(bio, st);
			return;
		}
	}
	if ((s >> d->ushift) == ((s + len - 1) >> d->ushift)) {
		if (write) {
			dmr_add_pieces(d, b, bio, off, len);
			return;
		}
		for (t = 0; t < pb->tc->args.read_retries; t++) {
			st = dmr_piece_io(d, bio, off, len, d->main_bdev, s, opf);
			if (!st)
				return;
		}
		dmr_mark_pending(d, b, s >> d->ushift);
		dmr_fail(bio, st);
		return;
	}
	/* Split at the unit boundary nearest the middle. */
	half = round_down(s + len / 2, usec);
	if (half <= s)
		half = round_up(s + 1, usec);
	dmr_retry_range(d, b, bio, off, half - s, false);
	dmr_retry_range(d, b, bio, off + (half - s), len - (half - s), false);
}

/* Walks a failed or deferred bio unit run by unit run. */
static void dmr_redo_bio(struct dmr_dev *d, struct dmr_batch *b,
			 struct bio *bio)
{
	struct dmr_pb *pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
	bool write = bio_op(bio) == REQ_OP_WRITE;
	u32 usec = d->lay.unit_sectors, nr = bio_sectors(bio), off = 0, n, run;
	bool failed = pb->flags & PB_MAIN;	/* failed on main as a whole */
	u64 *v;
	blk_status_t st;

	while (off < nr) {
		n = min_t(u32, nr - off, usec - ((pb->sector + off) & (usec - 1)));
		v = dmr_lookup(d, b, (pb->sector + off) >> d->ushift);
		if (v && (write || MV_STATE(*v) == DMR_STATE_REMAPPED)) {
			if (write) {
				dmr_add_pieces(d, b, bio, off, n);
			} else {
				st = dmr_piece_io(d, bio, off, n, d->spare_bdev,
						  dmr_slot_sector(d, MV_SLOT(*v)) +
						  ((pb->sector + off) & (usec - 1)),
						  REQ_OP_READ);
				if (st) {
					atomic64_inc(&d->spare_errors);
					dmr_fail(bio, st);
				}
			}
			off += n;
			continue;
		}
		/* Extend over the following units that need main. */
		run = n;
		while (off + run < nr) {
			v = dmr_lookup(d, b, (pb->sector + off + run) >> d->ushift);
			if (v && (write || MV_STATE(*v) == DMR_STATE_REMAPPED))
				break;
			run += min_t(u32, nr - off - run, usec);
		}
		dmr_retry_range(d, b, bio, off, run,
				write && failed && run == nr);
		off += run;
	}
}

static int dmr_piece_cmp(void *priv, const struct list_head *a,
			 const struct list_head *b)
{
	const struct dmr_piece *x = list_entry(a, struct dmr_piece, node);
	const struct dmr_piece *y = list_entry(b, struct dmr_piece, node);

	return x->unit < y->unit ? -1 : x->unit > y->unit;
}

/*
 * Hands out a slot for unit and records it as remapped and busy. Returns
 * the slot, or a negative errno: -ENOSPC spare full, -EROFS no new remaps.
 */
static long dmr_new_remap(struct dmr_dev *d, struct dmr_batch *b, u64 unit,
			  u16 flags)
{
	u64 *v = dmr_lookup(d, b, unit);
	u32 slot, tidx;

	if (d->read_only || d->failed)
		return -EROFS;
	if (d->sb.next_slot >= d->lay.nr_slots)
		return -ENOSPC;
	slot = (u32)d->sb.next_slot;
	if (v) {
		tidx = MV_TIDX(*v);
		dmr_md_set(d, tidx, unit, slot, DMR_STATE_REMAPPED, flags);
		WRITE_ONCE(*v, MV_MAKE(slot, tidx, DMR_STATE_REMAPPED, 1));
		dmr_note_busy(d, unit);
		d->nr_pending--;
	} else {
		if (dmr_md_append(d, unit, slot, DMR_STATE_REMAPPED, flags, &tidx))
			return -ENOSPC;
		if (dmr_add(b, unit, MV_MAKE(slot, tidx, DMR_STATE_REMAPPED, 1))) {
			dmr_md_remove(d, tidx, &tidx);
			return -ENOMEM;
		}
		dmr_note_busy(d, unit);
	}
	d->sb.next_slot++;
	d->nr_remapped++;
	return slot;
}

/* Turns a remap that could not get its data back into a pending mark. */
static void dmr_undo_remap(struct dmr_dev *d, u64 unit)
{
	struct dmr_ment *e = dmr_map_find(d, unit);
	u32 tidx = MV_TIDX(e->val);

	if (MV_SLOT(e->val) + 1 == d->sb.next_slot)
		d->sb.next_slot--;
	dmr_md_set(d, tidx, unit, DMR_SLOT_NONE, DMR_STATE_PENDING, 0);
	WRITE_ONCE(e->val, MV_MAKE(DMR_SLOT_NONE, tidx, DMR_STATE_PENDING, 1));
	d->nr_remapped--;
	d->nr_pending++;
}

/* Reads the current unit contents: from its slot or from main, with retries. */
static int dmr_read_unit(struct dmr_dev *d, u64 unit, bool from_slot,
			 u32 slot, unsigned int retries, void *buf)
{
	struct block_device *bdev = from_slot ? d->spare_bdev : d->main_bdev;
	sector_t s = from_slot ? dmr_slot_sector(d, slot) : unit << d->ushift;
	unsigned int t;
	int r;

	for (t = 0; t <= retries; t++) {
		r = dmr_sync_io(d, bdev, REQ_OP_READ, s, d->lay.unit_sectors,
				buf, false);
		if (!r)
			return 0;
	}
	return r;
}

/*
 * Writes buf to the unit's slot, moving to a new slot on error (the old one
 * stays allocated: it is bad). failed: the write to the current slot has
 * already failed once.
 */
static int dmr_write_slot(struct dmr_dev *d, struct dmr_ment *e, bool fresh,
			  u16 flags, void *buf, bool failed)
{
	unsigned int tries = fresh ? 3 : 1;
	u32 slot, tidx;
	int r = -EIO;

	for (;;) {
		if (!failed) {
			r = dmr_sync_io(d, d->spare_bdev, REQ_OP_WRITE | REQ_FUA,
					dmr_slot_sector(d, MV_SLOT(e->val)),
					d->lay.unit_sectors, buf, false);
			if (!r)
				return 0;
		}
		failed = false;
		atomic64_inc(&d->spare_errors);
		d->spare_failing = true;
		if (!--tries || d->sb.next_slot >= d->lay.nr_slots)
			return r;
		slot = (u32)d->sb.next_slot++;
		tidx = MV_TIDX(e->val);
		dmr_md_set(d, tidx, e->unit, slot, DMR_STATE_REMAPPED, flags);
		WRITE_ONCE(e->val, MV_MAKE(slot, tidx, DMR_STATE_REMAPPED, 1));
	}
}

static bool dmr_covered(struct dmr_dev *d, struct list_head *first,
			struct list_head *end)
{
	DECLARE_BITMAP(cov, DMR_UNIT_MAX_BYTES >> SECTOR_SHIFT);
	struct list_head *p;
	struct dmr_piece *pc;

	bitmap_zero(cov, DMR_UNIT_MAX_BYTES >> SECTOR_SHIFT);
	for (p = first; p != end; p = p->next) {
		pc = list_entry(p, struct dmr_piece, node);
		bitmap_set(cov, pc->uoff, pc->len);
	}
	return bitmap_full(cov, d->lay.unit_sectors);
}

static void dmr_fail_group(struct list_head *first, struct list_head *end,
			   blk_status_t st)
{
	struct list_head *p;

	for (p = first; p != end; p = p->next)
		dmr_fail(list_entry(p, struct dmr_piece, node)->bio, st);
}

/*
 * Writes sectors boff..boff+len of bio to the spare at sector (FUA), from
 * the bio's own pages, counted in w.
 */
static void dmr_clone_write(struct dmr_dev *d, struct dmr_iowait *w,
			    struct bio *bio, u32 boff, u32 len, sector_t sector)
{
	struct bio *clone;

	clone = bio_alloc_clone(d->spare_bdev, bio, GFP_NOIO, &d->bs);
	if (!clone) {
		w->error = 1;
		return;
	}
	bio_trim(clone, boff, len);
	clone->bi_iter.bi_sector = sector;
	clone->bi_opf = REQ_OP_WRITE | REQ_FUA | REQ_SYNC;
	clone->bi_end_io = dmr_iowait_endio;
	clone->bi_private = w;
	atomic_inc(&w->count);
	submit_bio(clone);
}

/* Ends a unit's group of pieces: the data is on the spare, or it failed. */
static void dmr_group_done(struct dmr_dev *d, struct dmr_batch *b,
			   struct dmr_group *g, bool write_failed)
{
	struct dmr_piece *pc;

	if (write_failed && !g->buf) {
		/* It went from the bio's pages: a retry needs a copy. */
		pc = list_entry(g->first, struct dmr_piece, node);
		g->buf = kmalloc(d->lay.unit_bytes, GFP_NOIO);
		if (g->buf)
			dmr_copy_piece(pc->bio, pc->boff, pc->len, g->buf);
	}
	if (write_failed &&
	    (!g->buf || dmr_write_slot(d, g->e, g->fresh, 0, g->buf, true))) {
		if (g->fresh)
			dmr_undo_remap(d, g->e->unit);
		dmr_fail_group(g->first, g->end, BLK_STS_IOERR);
	} else if (g->fresh) {
		atomic64_inc(&d->auto_remaps);
		b->remapped = true;
	}
	kfree(g->buf);
}

/*
 * Starts the slot writes of up to DMR_SLOT_WINDOW units from first on, waits
 * for them and returns where the next window starts.
 */
static struct list_head *dmr_write_window(struct dmr_dev *d,
					  struct dmr_batch *b,
					  struct list_head *first)
{
	struct dmr_group *gs = d->groups, *g;
	struct list_head *end, *p;
	struct dmr_piece *pc;
	struct dmr_pb *pb;
	unsigned int n = 0, i;

	for (; first != &b->pieces && n < DMR_SLOT_WINDOW; first = end) {
		pc = list_entry(first, struct dmr_piece, node);
		for (end = first->next; end != &b->pieces &&
		     list_entry(end, struct dmr_piece, node)->unit == pc->unit;
		     end = end->next)
			;
		g = &gs[n];
		g->first = first;
		g->end = end;
		g->fresh = pc->fresh;
		pb = dm_per_bio_data(pc->bio, sizeof(struct dmr_pb));
		g->e = dmr_map_find(d, pc->unit);
		if (!g->e || MV_STATE(g->e->val) != DMR_STATE_REMAPPED) {
			dmr_fail_group(first, end, BLK_STS_IOERR);
			continue;
		}
		if (first->next == end && pc->len == d->lay.unit_sectors) {
			/* One piece covers the unit: no copy needed. */
			g->buf = NULL;
			dmr_iowait_init(&g->w);
			dmr_clone_write(d, &g->w, pc->bio, pc->boff, pc->len,
					dmr_slot_sector(d, MV_SLOT(g->e->val)));
			n++;
			continue;
		}
		g->buf = kmalloc(d->lay.unit_bytes, GFP_NOIO);
		if (!g->buf) {
			if (g->fresh)
				dmr_undo_remap(d, pc->unit);
			dmr_fail_group(first, end, BLK_STS_RESOURCE);
			continue;
		}
		if (!dmr_covered(d, first, end) &&
		    dmr_read_unit(d, pc->unit, !g->fresh, MV_SLOT(g->e->val),
				  g->fresh ? pb->tc->args.read_retries : 0,
				  g->buf)) {
			/*
			 * The rest of the unit is unreadable: inventing it
			 * would be silent corruption. The write fails and
			 * the unit stays pending until a full-unit write.
			 */
			if (g->fresh)
				dmr_undo_remap(d, pc->unit);
			else
				atomic64_inc(&d->spare_errors);
			dmr_fail_group(first, end, BLK_STS_IOERR);
			kfree(g->buf);
			continue;
		}
		for (p = first; p != end; p = p->next) {
			pc = list_entry(p, struct dmr_piece, node);
			dmr_copy_piece(pc->bio, pc->boff, pc->len,
				       g->buf + (pc->uoff << SECTOR_SHIFT));
		}
		dmr_iowait_init(&g->w);
		dmr_async_write(d, &g->w, dmr_slot_sector(d, MV_SLOT(g->e->val)),
				d->lay.unit_sectors, g->buf, false);
		n++;
	}
	for (i = 0; i < n; i++)
		dmr_group_done(d, b, &gs[i], dmr_iowait_wait(&gs[i].w));
	return first;
}

/* Gives every unit in b->pieces its data on the spare. */
static void dmr_write_pieces(struct dmr_dev *d, struct dmr_batch *b)
{
	struct list_head *first, *end, *p;
	struct dmr_piece *pc;
	struct dmr_pb *pb;
	u64 *v;
	long slot;

	if (list_empty(&b->pieces))
		return;
	list_sort(NULL, &b->pieces, dmr_piece_cmp);

	/* Pass 1: slots and busy marks, then publish and drain writes. */
	for (first = b->pieces.next; first != &b->pieces; first = end) {
		pc = list_entry(first, struct dmr_piece, node);
		for (end = first->next; end != &b->pieces &&
		     list_entry(end, struct dmr_piece, node)->unit == pc->unit;
		     end = end->next)
			;
		v = dmr_lookup(d, b, pc->unit);
		if (v && MV_STATE(*v) == DMR_STATE_REMAPPED) {
			if (!dmr_covered(d, first, end)) {
				WRITE_ONCE(*v, *v | MV_MAKE(0, 0, 0, 1));
				dmr_note_busy(d, pc->unit);
				b->drain = true;
			}
			pc->fresh = false;
			continue;
		}
		pb = dm_per_bio_data(pc->bio, sizeof(struct dmr_pb));
		slot = pb->tc->args.no_auto_remap ? -EPERM :
		       dmr_new_remap(d, b, pc->unit, 0);
		if (slot >= 0) {
			/*
			 * Writes to main still in flight race with the read
			 * of the rest of the unit; a unit the pieces cover
			 * whole is not read, so they need no waiting.
			 */
			if (!dmr_covered(d, first, end))
				b->drain = true;
			pc->fresh = true;
			continue;
		}
		if (slot == -ENOSPC)
			DMERR_LIMIT("%pg: spare full, write error passed on",
				    d->main_bdev);
		dmr_fail_group(first, end, BLK_STS_IOERR);
		dmr_mark_pending(d, b, pc->unit);
		while (first != end) {
			p = first->next;
			list_del(first);
			kfree(list_entry(first, struct dmr_piece, node));
			first = p;
		}
	}
	dmr_publish(d, b);
	if (b->drain)
		synchronize_srcu_expedited(&d->srcu);

	/*
	 * Pass 2: per unit, read what the pieces do not cover, merge, and
	 * write the slot; up to DMR_SLOT_WINDOW slot writes in flight.
	 */
	first = b->pieces.next;
	while (first != &b->pieces)
		first = dmr_write_window(d, b, first);
}

/*
 * Clears every busy mark (those dmr_note_busy() listed: no walk of the
 * whole map); bios held on them go back through map.
 */
static void dmr_release(struct dmr_dev *d)
{
	struct dmr_map *m = rcu_dereference_protected(d->map,
						      lockdep_is_held(&d->mlock));
	struct dmr_ment *e;
	struct bio_list held;
	struct bio *bio;
	u64 i;

	if (d->busy_walk) {
		for (i = 0; i < m->nr; i++)
			if (MV_BUSY(m->e[i].val))
				WRITE_ONCE(m->e[i].val,
					   m->e[i].val & ~MV_MAKE(0, 0, 0, 1));
	} else {
		for (i = 0; i < d->nr_busy; i++) {
			e = dmr_map_find(d, d->busy[i]);
			if (e && MV_BUSY(e->val))
				WRITE_ONCE(e->val, e->val & ~MV_MAKE(0, 0, 0, 1));
		}
	}
	d->nr_busy = 0;
	d->busy_walk = false;
	spin_lock_irq(&d->lock);
	held = d->held;
	bio_list_init(&d->held);
	spin_unlock_irq(&d->lock);
	while ((bio = bio_list_pop(&held))) {
		struct dmr_pb *pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));

		if (dmr_map_bio(pb->tc, bio) == DM_MAPIO_REMAPPED)
			dm_submit_bio_remap(bio, NULL);
	}
}

static void dmr_complete(void *arg)
{
	struct dmr_batch *b = arg;
	struct dmr_pb *pb;
	struct bio *bio;

	while ((bio = bio_list_pop(&b->bios))) {
		pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
		pb->flags |= PB_FINAL;
		bio->bi_status = pb->status;
		bio_endio(bio);
	}
}

static void dmr_free_pieces(struct dmr_batch *b)
{
	struct dmr_piece *pc, *t;

	list_for_each_entry_safe(pc, t, &b->pieces, node) {
		list_del(&pc->node);
		kfree(pc);
	}
}

static void dmr_process(struct dmr_dev *d, struct bio_list *in)
{
	struct dmr_batch b;
	struct bio_list reads;
	struct dmr_pb *pb;
	struct bio *bio;
	int r;

	dmr_batch_init(d, &b);
	bio_list_init(&reads);
	if (test_bit(GD_DEAD, &d->main_bdev->bd_disk->state))
		d->failed = true;
	while ((bio = bio_list_pop(in))) {
		pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
		bio->bi_iter = pb->iter;
		bio->bi_opf = pb->opf;
		pb->status = BLK_STS_OK;
		if (d->failed)
			pb->status = BLK_STS_IOERR;
		else
			dmr_redo_bio(d, &b, bio);
		bio_list_add(bio_op(bio) == REQ_OP_WRITE ? &b.bios : &reads,
			     bio);
	}
	dmr_write_pieces(d, &b);
	dmr_publish(d, &b);
	dmr_batch_done(d, &b);
	dmr_free_pieces(&b);

	/* Reads need no durable metadata: a pending mark is advisory. */
	while ((bio = bio_list_pop(&reads))) {
		pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
		pb->flags |= PB_FINAL;
		bio->bi_status = pb->status;
		bio_endio(bio);
	}
	if (d->table_dirty) {
		r = dmr_md_commit(d, dmr_complete, &b);
		if (r) {
			DMERR("%pg: metadata commit failed; no new remaps",
			      d->spare_bdev);
			d->read_only = true;
			/* Not durable: the writes that needed a remap fail. */
			bio_list_for_each(bio, &b.bios) {
				pb = dm_per_bio_data(bio, sizeof(struct dmr_pb));
				if (!pb->status)
					pb->status = BLK_STS_IOERR;
			}
		}
	}
	dmr_release(d);
	dmr_complete(&b);
	dmr_check_state(d, b.remapped);
}

static void dmr_worker(struct work_struct *work)
{
	struct dmr_dev *d = container_of(work, struct dmr_dev, work);
	struct bio_list bios;

	mutex_lock(&d->mlock);
	for (;;) {
		spin_lock_irq(&d->lock);
		bios = d->deferred;
		bio_list_init(&d->deferred);
		spin_unlock_irq(&d->lock);
		if (bio_list_empty(&bios))
			break;
		dmr_process(d, &bios);
	}
	dmr_sync_later(d);
	mutex_unlock(&d->mlock);
}

/* Idle: the copy the last commits skipped catches up. */
static void dmr_sync_worker(struct work_struct *work)
{
	struct dmr_dev *d = container_of(to_delayed_work(work), struct dmr_dev,
					 sync_work);

	mutex_lock(&d->mlock);
	if (time_before(jiffies, d->sync_at)) {
		/* A commit came since this was queued: not quiet yet. */
		queue_delayed_work(d->wq, &d->sync_work, d->sync_at - jiffies);
		mutex_unlock(&d->mlock);
		return;
	}
	if (dmr_md_sync(d)) {
		DMERR("%pg: metadata commit failed", d->spare_bdev);
		d->read_only = true;
	}
	dmr_check_state(d, false);
	mutex_unlock(&d->mlock);
}

/*
 * ------------------------------------------------------------------------
 * Messages
 * ------------------------------------------------------------------------
 */
static int dmr_manual_remap(struct dmr_target *tc, u64 unit, char *result,
			    unsigned int maxlen)
{
	struct dmr_dev *d = tc->d;
	struct dmr_batch b;
	unsigned int sz = 0;
	struct dmr_ment *e;
	long slot;
	int r = 0;

	mutex_lock(&d->mlock);
	e = dmr_map_find(d, unit);
	if (e && MV_STATE(e->val) == DMR_STATE_REMAPPED) {
		DMEMIT("remapped %llu %u\n", unit, MV_SLOT(e->val));
		r = 1;
		goto out;
	}
	dmr_batch_init(d, &b);
	slot = dmr_new_remap(d, &b, unit, DMR_EF_MANUAL);
	if (slot < 0) {
		r = (int)slot;
		DMWARN("%pg: remap of unit %llu refused: %s", d->main_bdev,
		       unit, slot == -ENOSPC ? "spare full" : "read-only");
		goto out_state;
	}
	dmr_publish(d, &b);
	synchronize_srcu_expedited(&d->srcu);
	e = dmr_map_find(d, unit);
	if (!e) {
		r = -ENOMEM;
		goto out_state;
	}
	if (dmr_read_unit(d, unit, false, 0, tc->args.read_retries,
			  d->bounce)) {
		/* Nothing readable to keep: the next write remaps it. */
		dmr_undo_remap(d, unit);
		DMEMIT("pending %llu\n", unit);
		r = 1;
	} else if (dmr_write_slot(d, e, true, DMR_EF_MANUAL, d->bounce,
				  false)) {
		dmr_undo_remap(d, unit);
		r = -EIO;
	} else {
		atomic64_inc(&d->manual_remaps);
		DMEMIT("remapped %llu %u\n", unit, MV_SLOT(e->val));
		r = 1;
	}
	if (dmr_md_commit(d, NULL, NULL)) {
		d->read_only = true;
		r = -EIO;
	}
	dmr_sync_later(d);
	dmr_release(d);
out_state:
	dmr_batch_done(d, &b);
	dmr_check_state(d, r == 1);
out:
	mutex_unlock(&d->mlock);
	return r;
}

static int dmr_clear_pending(struct dmr_dev *d, u64 unit)
{
	struct dmr_ment *e, *me;
	u32 tidx, moved_to;
	u64 moved;
	int r;

	mutex_lock(&d->mlock);
	e = dmr_map_find(d, unit);
	if (!e || MV_STATE(e->val) != DMR_STATE_PENDING || MV_BUSY(e->val)) {
		r = -EINVAL;
		DMWARN("clear_pending: unit %llu is not pending", unit);
		goto out;
	}
	tidx = MV_TIDX(e->val);
	moved = dmr_md_remove(d, tidx, &moved_to);
	if (moved != ~0ull) {
		me = dmr_map_find(d, moved);
		WRITE_ONCE(me->val, MV_MAKE(MV_SLOT(me->val), moved_to,
					    MV_STATE(me->val), MV_BUSY(me->val)));
	}
	r = dmr_map_update(d, NULL, 0, unit);
	if (r) {
		d->read_only = true;
		goto out;
	}
	d->nr_pending--;
	r = dmr_md_commit(d, NULL, NULL);
	if (r)
		d->read_only = true;
	dmr_sync_later(d);
	dmr_check_state(d, true);
out:
	mutex_unlock(&d->mlock);
	return r;
}

static void dmr_sum_pcpu(struct dmr_dev *d, struct dmr_pcpu *s)
{
	struct dmr_pcpu *p;
	int cpu;

	memset(s, 0, sizeof(*s));
	for_each_possible_cpu(cpu) {
		p = per_cpu_ptr(d->pcpu, cpu);
		s->reads += p->reads;
		s->writes += p->writes;
		s->redirected_reads += p->redirected_reads;
		s->redirected_writes += p->redirected_writes;
	}
}

static int remap_message(struct dm_target *ti, unsigned int argc, char **argv,
			 char *result, unsigned int maxlen)
{
	struct dmr_target *tc = ti->private;
	struct dmr_dev *d = tc->d;
	unsigned int sz = 0;
	struct dmr_pcpu s;
	struct dmr_map *m;
	struct dmr_msg msg;
	const char *why;
	u64 i, v, mnr;
	int r;

	r = dmr_parse_message(argc, argv, ti->len, &msg, &why);
	if (r) {
		DMWARN("message: %s", why);
		return r;
	}
	switch (msg.kind) {
	case DMR_MSG_REMAP:
		return dmr_manual_remap(tc, msg.sector >> d->ushift, result,
					maxlen);
	case DMR_MSG_CLEAR_PENDING:
		return dmr_clear_pending(d, msg.sector >> d->ushift);
	case DMR_MSG_STATS:
		dmr_sum_pcpu(d, &s);
		DMEMIT("reads=%llu writes=%llu redirected_reads=%llu redirected_writes=%llu",
		       s.reads, s.writes, s.redirected_reads,
		       s.redirected_writes);
		DMEMIT(" read_errors=%lld write_errors=%lld",
		       atomic64_read(&d->read_errors),
		       atomic64_read(&d->write_errors));
		DMEMIT(" auto_remaps=%lld manual_remaps=%lld pending=%llu remapped=%llu",
		       atomic64_read(&d->auto_remaps),
		       atomic64_read(&d->manual_remaps),
		       READ_ONCE(d->nr_pending), READ_ONCE(d->nr_remapped));
		DMEMIT(" spare_errors=%lld commits=%lld pending_dropped=%lld\n",
		       atomic64_read(&d->spare_errors),
		       atomic64_read(&d->commits),
		       atomic64_read(&d->pending_dropped));
		return 1;
	case DMR_MSG_LIST:
		rcu_read_lock();
		m = rcu_dereference(d->map);
		mnr = dmr_map_nr(m);
		for (i = msg.from; i < mnr && i < msg.from + msg.count; i++) {
			v = READ_ONCE(m->e[i].val);
			if (MV_STATE(v) == DMR_STATE_REMAPPED)
				DMEMIT("%llu %u remapped\n", m->e[i].unit,
				       MV_SLOT(v));
			else
				DMEMIT("%llu - pending\n", m->e[i].unit);
		}
		rcu_read_unlock();
		return 1;
	}
	return -EINVAL;
}

/*
 * ------------------------------------------------------------------------
 * Status, devices, suspend
 * ------------------------------------------------------------------------
 */
static void remap_status(struct dm_target *ti, status_type_t type,
			 unsigned int status_flags, char *result,
			 unsigned int maxlen)
{
	struct dmr_target *tc = ti->private;
	struct dmr_dev *d = tc->d;
	struct dmr_status s = { .version = DMR_TARGET_VERSION_STR };
	unsigned int sz = 0;
	char buf[256];

	switch (type) {
	case STATUSTYPE_INFO:
		s.state = READ_ONCE(d->last_state);
		s.unit_bytes = d->lay.unit_bytes;
		s.remapped = READ_ONCE(d->nr_remapped);
		s.nr_slots = d->lay.nr_slots;
		s.pending = READ_ONCE(d->nr_pending);
		s.read_errors = atomic64_read(&d->read_errors);
		s.write_errors = atomic64_read(&d->write_errors);
		s.auto_remaps = atomic64_read(&d->auto_remaps);
		s.manual_remaps = atomic64_read(&d->manual_remaps);
		s.generation = READ_ONCE(d->sb.generation);
		s.valid_copies = READ_ONCE(d->valid_copies);
		s.nr_copies = DMR_NR_COPIES;
		dmr_format_status(buf, sizeof(buf), &s);
		DMEMIT("%s", buf);
		break;
	case STATUSTYPE_TABLE:
		dmr_format_features(buf, sizeof(buf), &tc->args);
		DMEMIT("%s %s%s", tc->main->name, tc->spare->name, buf);
		break;
	case STATUSTYPE_IMA:
		DMEMIT_TARGET_NAME_VERSION(ti->type);
		DMEMIT(",main_device=%s,spare_device=%s;", tc->main->name,
		       tc->spare->name);
		break;
	}
}

static int remap_iterate_devices(struct dm_target *ti,
				 iterate_devices_callout_fn fn, void *data)
{
	struct dmr_target *tc = ti->private;
	struct dmr_dev *d = tc->d;
	int r;

	r = fn(ti, tc->main, 0, ti->len, data);
	if (r)
		return r;
	return fn(ti, tc->spare, d->lay.slot_offset_sectors,
		  d->lay.nr_slots * d->lay.unit_sectors, data);
}

static void remap_postsuspend(struct dm_target *ti)
{
	struct dmr_target *tc = ti->private;
	struct dmr_dev *d = tc->d;

	flush_workqueue(d->wq);
	cancel_delayed_work_sync(&d->sync_work);
	mutex_lock(&d->mlock);
	if (dmr_md_sync(d)) {
		DMERR("%pg: metadata commit failed", d->spare_bdev);
		d->read_only = true;
	}
	dmr_check_state(d, false);
	mutex_unlock(&d->mlock);
}

static struct target_type remap_target = {
	.name = "remap",
	.version = { 1, 0, 0 },
	.module = THIS_MODULE,
	.ctr = remap_ctr,
	.dtr = remap_dtr,
	.map = remap_map,
	.end_io = remap_end_io,
	.postsuspend = remap_postsuspend,
	.status = remap_status,
	.message = remap_message,
	.iterate_devices = remap_iterate_devices,
};

static int __init dm_remap_init(void)
{
	dmr_md_init();
	return dm_register_target(&remap_target);
}

static void __exit dm_remap_exit(void)
{
	dm_unregister_target(&remap_target);
}

module_init(dm_remap_init);
module_exit(dm_remap_exit);

MODULE_DESCRIPTION(DM_NAME " target sending bad blocks to a spare device");
MODULE_AUTHOR("dm-remap developers");
MODULE_LICENSE("GPL");
MODULE_SOFTDEP("pre: crc32c");
