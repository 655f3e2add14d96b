/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * The few kernel definitions that dm-remap-format.h and dm-remap-parse.h use,
 * for userspace (core/, unit tests, fuzzers). The kernel build never includes
 * this file. It lives outside kmod/'s top level so that checkpatch, which
 * checks the kernel sources there, does not ask these userspace spellings to
 * be kernel ones.
 */
#ifndef DM_REMAP_USER_H
#define DM_REMAP_USER_H

#ifdef __KERNEL__
#error "dm-remap-user.h is for userspace only"
#endif

#include <linux/types.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <errno.h>
#ifndef __cplusplus
#include <assert.h>
#endif

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define le16_to_cpu(x) ((u16)(x))
#define le32_to_cpu(x) ((u32)(x))
#define le64_to_cpu(x) ((u64)(x))
#else
#define le16_to_cpu(x) __builtin_bswap16(x)
#define le32_to_cpu(x) __builtin_bswap32(x)
#define le64_to_cpu(x) __builtin_bswap64(x)
#endif
#define cpu_to_le16(x) le16_to_cpu(x)
#define cpu_to_le32(x) le32_to_cpu(x)
#define cpu_to_le64(x) le64_to_cpu(x)

#ifndef __packed
#define __packed __attribute__((__packed__))
#endif
#ifndef BIT
#define BIT(nr) (1ul << (nr))
#endif

#endif /* DM_REMAP_USER_H */
