#!/bin/bash
# Guest half of packaging/tests/install-chroot.sh --vm: the VM boots the
# reference kernel with, as its root, the overlay of the build root into
# which the host has just installed the .deb packages (DKMS built dm-remap.ko
# there for this very kernel). Checks, in the guest:
#   - the installed module is the DKMS build, loads through the packaged
#     helper (libkmod) and registers the `remap` target;
#   - the helper is D-Bus activated from the packaged activation file on the
#     stock system bus configuration, with polkitd;
#   - an unprivileged user's read-only calls work and privileged ones are
#     refused (exit code 4); as root, a remap device is created from two
#     null_blk disks through the packaged stack, a bad block is remapped on
#     write and the user sees it;
# Nothing of the build tree is installed here: every file used comes from a
# package.
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"
set -u
kver=$(uname -r)
for p in dmremap dm-remap-dkms; do
	expect_eq "$(dpkg-query -W -f '${db:Status-Status}' "$p" 2>&1)" installed "$p status in the VM's root"
done
version=$(dpkg-query -W -f '${Version}' dm-remap-dkms)

# --- the DKMS module -----------------------------------------------------------
ko=$(modinfo -n dm-remap) || fail "modinfo finds no dm-remap in the VM"
case $ko in /lib/modules/"$kver"/updates/dkms/dm-remap.ko*) ;; *) fail "dm-remap resolves to $ko, not the DKMS build" ;; esac
expect_eq "$(modinfo -F vermagic dm-remap | awk '{print $1}')" "$kver" "vermagic of the DKMS module"
[ -n "$(modinfo -F signer dm-remap)" ] || fail "the DKMS-built module is not signed"
grep '^dm_remap ' /proc/modules >/dev/null && fail "dm_remap is loaded before the helper loads it"
note "the DKMS module is installed ($SECONDS s)"

# --- the helper from the packaged files, on the stock system bus ------------------
mkdir -p "$SYSBUS_STATE" /run/dbus /var/lib/dbus
grep -E '^[0-9a-f]{32}$' /etc/machine-id >/dev/null 2>&1 || dbus-uuidgen >/etc/machine-id
[ -e /var/lib/dbus/machine-id ] || ln -s /etc/machine-id /var/lib/dbus/machine-id
rm -f /run/dbus/system_bus_socket
# No systemd in the guest: the bus must start the helper itself.
[ -e "$SYSBUS_SYSTEMD1" ] && mv "$SYSBUS_SYSTEMD1" "$SYSBUS_STATE/systemd1.service"
dbus-daemon --system --nofork --nopidfile --nosyslog >"$DMREMAP_OUT/dbus-daemon.log" 2>&1 &
echo $! >"$SYSBUS_STATE/dbus.pid"
for _ in $(seq 1 100); do
	busctl --system status org.freedesktop.DBus >/dev/null 2>&1 && break
	sleep 0.1
done
busctl --system status org.freedesktop.DBus >/dev/null 2>&1 || fail "system bus did not start: $(cat "$DMREMAP_OUT/dbus-daemon.log")"
polkit_restart
sysbus_user dmpkg

[ -z "$(helper_pid)" ] || fail "the helper runs before the first call"
json=$(as_user dmpkg dmremapctl --json status) || fail "dmremapctl --json status as a user: $json"
pid=$(helper_pid)
[ -n "$pid" ] || fail "dmremapctl status did not activate the helper"
expect_eq "$(readlink /proc/"$pid"/exe)" /usr/libexec/dmremap-helper "activated executable"
expect_eq "$(stat -c %u /proc/"$pid")" 0 "helper uid"
expect_eq "$(jq -r .Version <<<"$json")" "${version%%-*}" "helper Version as a user"
note "helper activated ($SECONDS s)"

# Loading the module needs authorization: refused for the user, done for root.
rc=0
out=$(as_user dmpkg dmremapctl --no-interaction load-module 2>&1) || rc=$?
expect_eq "$rc" 4 "load-module as a user without authorization ($out)"
expect_ok dmremapctl --no-interaction load-module >/dev/null
grep '^dm_remap ' /proc/modules >/dev/null || fail "load-module did not load dm_remap"
# The module carries no version of its own: it is the DKMS build when that is
# the only dm-remap.ko for this kernel and the kernel loaded it as built
# outside the tree (taint O).
expect_eq "$(find /lib/modules/"$kver" -name 'dm-remap.ko*' | tr '\n' ' ')" "$ko " "dm-remap modules for $kver"
grep O /sys/module/dm_remap/taint >/dev/null || fail "dm_remap is not marked out-of-tree: taint '$(cat /sys/module/dm_remap/taint)'"
dmsetup targets | grep '^remap ' >/dev/null || fail "no remap target after loading the DKMS module"
expect_eq "$(as_user dmpkg dmremapctl --json status | jq -r .ModuleLoaded)" true "ModuleLoaded as a user"

note "module loaded by the helper ($SECONDS s)"

# --- a remap device through the packaged stack ---------------------------------------
nullb_create pkgmain 16 >/dev/null
nullb_create pkgspare 16 >/dev/null
expect_ok dmremapctl --no-interaction create --format --unit-bytes 4096 --name pkgremap pkgmain pkgspare >/dev/null
[ -b /dev/mapper/pkgremap ] || fail "no /dev/mapper/pkgremap after create"
# Unit 1000 (4 KiB units) goes bad; a write there must be remapped.
echo "+8000-8007" >/sys/kernel/config/nullb/pkgmain/badblocks || fail "null_blk badblocks"
dd if=/dev/urandom of=/tmp/unit bs=4096 count=1 status=none
dd if=/tmp/unit of=/dev/mapper/pkgremap bs=4096 seek=1000 oflag=direct conv=notrunc status=none ||
	fail "write over a bad unit failed instead of being remapped"
cmp <(dd if=/dev/mapper/pkgremap bs=4096 skip=1000 count=1 iflag=direct status=none) /tmp/unit ||
	fail "read back of the remapped unit differs"
# The helper follows the target's events: the property may lag the write.
for _ in $(seq 1 50); do
	dev=$(as_user dmpkg dmremapctl --json device pkgremap) || fail "dmremapctl device as a user: $dev"
	[ "$(jq -r .Remapped <<<"$dev")" != 0 ] && break
	sleep 0.2
done
note "status: $(dmsetup status pkgremap)"
expect_eq "$(jq -r .Remapped <<<"$dev")" 1 "Remapped seen by the user"
out=$(as_user dmpkg dmremapctl drive pkgmain) || fail "dmremapctl drive as a user: $out"
rc=0
out=$(as_user dmpkg dmremapctl --no-interaction remove pkgremap 2>&1) || rc=$?
expect_eq "$rc" 4 "remove as a user without authorization ($out)"
expect_ok dmremapctl --no-interaction remove pkgremap >/dev/null
nullb_remove pkgmain
nullb_remove pkgspare
note "module, activation, user calls and a remap device work from the packages ($SECONDS s)"

sysbus_stop >/dev/null 2>&1
rmmod dm_remap || fail "rmmod dm_remap"
# The purge runs natively after this boot, in the same root
# (install-chroot.sh): under software emulation dpkg and DKMS's depmod take
# minutes.
