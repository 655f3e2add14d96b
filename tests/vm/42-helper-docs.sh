#!/bin/bash
# Runs every ```sh block of docs/dbus.md, in order, as root, against the
# helper on a real system bus; a failing example fails the test.
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"

sysbus_start
trap sysbus_stop EXIT
export PATH=$DMREMAP_BUILD/app/cli:$PATH
# Loaded already: LoadModule has nothing to do (40-helper-auth.sh tests
# loading; installing the module for libkmod needs a depmod).
kmod_load
nullb_create nullb0 64 >/dev/null && nullb_create nullb1 32 >/dev/null
nullb_bad_add nullb0 2048 2048

awk '/^```sh$/ {on=1; n++; print "echo \"# example block " n "\""; next} /^```$/ {on=0; next} on' \
	"$DMREMAP_SRC/docs/dbus.md" >"$DMREMAP_OUT/examples.sh"
blocks=$(grep -c '^# example block\|example block' "$DMREMAP_OUT/examples.sh")
[ "$blocks" -ge 6 ] || fail "only $blocks example blocks found"
bash -e -x "$DMREMAP_OUT/examples.sh" || fail "an example of docs/dbus.md failed (see the log above)"
note "$blocks example blocks ran"
