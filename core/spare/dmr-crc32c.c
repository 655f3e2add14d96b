// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Userspace CRC-32C (Castagnoli, reflected polynomial 0x82f63b78) for the
 * plain-C metadata code in kmod/dm-remap-parse.c, which the kernel builds
 * against crc32c(). Same contract: raw update, no pre/post inversion.
 * Byte-wise table, built on first use (thread-safe through pthread_once).
 */
#include <pthread.h>

#include "dm-remap-parse.h"

static u32 dmr_crc_table[256];
static pthread_once_t dmr_crc_once = PTHREAD_ONCE_INIT;

static void dmr_crc_init(void)
{
	for (u32 i = 0; i < 256; i++) {
		u32 c = i;

		for (int k = 0; k < 8; k++)
			c = (c & 1) ? (c >> 1) ^ 0x82f63b78u : c >> 1;
		dmr_crc_table[i] = c;
	}
}

u32 dmr_crc32c_raw(u32 crc, const void *buf, size_t len)
{
	const u8 *p = buf;

	pthread_once(&dmr_crc_once, dmr_crc_init);
	while (len--)
		crc = dmr_crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return crc;
}
