// SPDX-License-Identifier: GPL-2.0-only OR MIT
// libFuzzer: table lines and messages as the kernel receives them (words).
// Parsed table features must print back to a line that parses the same.
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dm-remap-parse.h"

#define MAX_WORDS 16

static unsigned int split(char *s, char **argv)
{
	unsigned int argc = 0;
	char *tok;

	for (tok = strtok(s, " \n\t"); tok && argc < MAX_WORDS; tok = strtok(NULL, " \n\t"))
		argv[argc++] = tok;
	return argc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), *line = malloc(size + 80), *argv[MAX_WORDS], feat[64];
	struct dmr_table_args a, b;
	struct dmr_msg m;
	const char *why;
	unsigned int argc;

	memcpy(s, data, size);
	s[size] = '\0';
	argc = split(s, argv);
	if (dmr_parse_message(argc, argv, 1u << 20, &m, &why) == 0) {
		assert(m.kind >= DMR_MSG_REMAP && m.kind <= DMR_MSG_CLEAR_PENDING);
		if (m.kind == DMR_MSG_REMAP || m.kind == DMR_MSG_CLEAR_PENDING)
			assert(m.sector < (1u << 20));
		if (m.kind == DMR_MSG_LIST)
			assert(m.count >= 1 && m.count <= DMR_LIST_MAX_COUNT);
	}
	if (dmr_parse_table(argc, argv, &a, &why) == 0) {
		dmr_format_features(feat, sizeof(feat), &a);
		snprintf(line, size + 80, "%s %s%s", a.main_path, a.spare_path, feat);
		argc = split(line, argv);
		assert(dmr_parse_table(argc, argv, &b, &why) == 0);
		assert(a.read_retries == b.read_retries && a.no_auto_remap == b.no_auto_remap);
	}
	free(line);
	free(s);
	return 0;
}
