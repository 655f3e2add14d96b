// SPDX-License-Identifier: GPL-2.0-only OR MIT
// libFuzzer: the status line parser; what parses formats back to the same
// text.
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "dm-remap-parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), out[512];
	struct dmr_status st, st2;

	memcpy(s, data, size);
	s[size] = '\0';
	if (dmr_parse_status(s, &st) == 0) {
		dmr_format_status(out, sizeof(out), &st);
		assert(dmr_parse_status(out, &st2) == 0);
		assert(!memcmp(&st, &st2, sizeof(st)));
	}
	free(s);
	return 0;
}
