#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# tests/lib/demo-hook.sh NN STEP: the step hook the GUI's demo driver runs
# (as an unprivileged user) after each step. The checks need root
# (dmremapctl as root, mkfs, fault injection): the hook hands the step to
# the root side of tests/lib/demo.sh through a FIFO and returns its verdict.
set -euo pipefail
[[ ${1:-} =~ ^[0-9][0-9]$ && ${2:-} =~ ^[a-z-]+$ ]] || { echo "demo-hook: usage: demo-hook.sh NN STEP" >&2; exit 2; }
dir=${DEMO_STATE:-/run/dmremap-demo}/hooks
reply=$dir/reply.$$
rm -f "$reply"
mkfifo -m 0600 "$reply"
trap 'rm -f "$reply"' EXIT
echo "$1 $2 $reply" >"$dir/req"
read -r rc <"$reply"
[ "$rc" = 0 ] || echo "demo-hook: step $1-$2 failed its checks (see hooks.log)" >&2
exit "$rc"
