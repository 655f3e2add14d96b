/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * dm-remap: every kernel-version difference lives here.
 *
 * Reference: Debian 13 (6.12). Also built against Debian 12 (6.1) and the
 * newest headers Debian ships.
 */
#ifndef DM_REMAP_COMPAT_H
#define DM_REMAP_COMPAT_H

#include <linux/dm-io.h>
#include <linux/srcu.h>
#include <linux/ioprio.h>

/*
 * dm_io() gained an I/O priority argument in 6.9 (backported to Debian's
 * 6.1) and a sync_unsup_bits argument later; Kbuild probes dm-io.h.
 */
static inline int dmr_dm_io(struct dm_io_request *req, unsigned int nr,
			    struct dm_io_region *where, unsigned long *bits)
{
#if defined(DMR_DM_IO_UNSUP_BITS)
	return dm_io(req, nr, where, bits, NULL, IOPRIO_DEFAULT);
#elif defined(DMR_DM_IO_IOPRIO)
	return dm_io(req, nr, where, bits, IOPRIO_DEFAULT);
#else
	return dm_io(req, nr, where, bits);
#endif
}

/*
 * srcu_down_read()/srcu_up_read() (6.2) may be called from different
 * contexts, as a bio's submission and completion are. Without them the
 * plain read lock has the same counting behaviour.
 */
#ifdef DMR_HAVE_SRCU_DOWN_READ
#define dmr_srcu_down(ssp)	srcu_down_read(ssp)
#define dmr_srcu_up(ssp, idx)	srcu_up_read(ssp, idx)
#else
#define dmr_srcu_down(ssp)	srcu_read_lock(ssp)
#define dmr_srcu_up(ssp, idx)	srcu_read_unlock(ssp, idx)
#endif

#endif /* DM_REMAP_COMPAT_H */
