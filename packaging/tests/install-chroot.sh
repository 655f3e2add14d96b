#!/usr/bin/env bash
# packaging/tests/install-chroot.sh DEBS_DIR [--vm BUILD_DIR]
#
# Installs the .deb files of DEBS_DIR into a throwaway overlay of the build
# root (the root itself is untouched), natively, and checks: dpkg -i runs the
# maintainer scripts; DKMS builds, signs (MOK key) and installs dm-remap.ko
# for the root's kernel (the reference kernel the VM boots); the stock system
# bus activates the helper from the packaged files; dmremapctl's read-only
# calls work as an unprivileged user; dpkg --purge leaves no file behind.
#
# With --vm, between installation and purge, the VM boots the reference
# kernel with that overlay as its root and runs packaging/tests/vm-installed.sh
# there: the DKMS-built module loads through the packaged helper, a remap
# device is made and used (BUILD_DIR: the CMake tree tools/vm needs; the VM's files go to
# BUILD_DIR/vm-package). DKMS compiles natively here, in seconds; under the
# VM's software emulation the same compile takes over 10 minutes.
# Needs root on the host (overlay mount). About 1 minute, plus 2 with --vm.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
debs=$(realpath "${1:?DEBS_DIR}")
case $debs in "$repo"/*) ;; *) echo "install-chroot: DEBS_DIR must be inside $repo" >&2; exit 2 ;; esac
if [ "${2:-}" != --inside ]; then
	vm_build=""
	if [ "${2:-}" = --vm ]; then
		vm_build=$(realpath "${3:?--vm needs the build dir}")
	elif [ -n "${2:-}" ]; then
		echo "install-chroot: unknown argument $2" >&2
		exit 2
	fi
	root=$("$repo/tools/buildroot" path)
	tmp=$(mktemp -d /var/tmp/dmremap-pkgtest.XXXXXX)
	cache=$tmp/cache/$(basename "$root")
	mkdir -p "$tmp/upper" "$tmp/work" "$cache"
	cleanup() { umount "$cache" 2>/dev/null; rm -rf --one-file-system "$tmp"; }
	trap cleanup EXIT
	mount -t overlay overlay -o "lowerdir=$root,upperdir=$tmp/upper,workdir=$tmp/work" "$cache"
	inside() { DMREMAP_CACHE=$tmp/cache "$repo/tools/buildroot" run -- "$here/install-chroot.sh" "$debs" --inside "$1"; }
	inside install
	if [ -n "$vm_build" ]; then
		echo "# the VM, with the overlay holding the installed packages as its root"
		DMREMAP_CACHE=$tmp/cache "$repo/tools/buildroot" run -- "$repo/tools/vm" --timeout 900 \
			--build-dir "$vm_build" --out "$vm_build/vm-package" "$here/vm-installed.sh"
	fi
	inside purge
	exit 0
fi
phase=${3:?phase}

fail() { echo "not ok: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
k=$(ls /lib/modules | sort -V | tail -1)
app=$(ls "$debs"/dmremap_*.deb) && dkms=$(ls "$debs"/dm-remap-dkms_*.deb) || fail "no .deb files in $debs"
files=$( (dpkg-deb -c "$app"; dpkg-deb -c "$dkms") | awk '$1 !~ /^d/ {print substr($6, 2)}')
dirs=$(for f in $files; do dirname "$f"; done | sort -u)
snap() {
	{
		find /etc /var/lib /usr/src "/lib/modules/$k" \( -path /var/lib/dpkg -o -path /var/lib/dbus \
			-o -path '/var/lib/dkms/mok.*' -o -path /etc/machine-id -o -path /etc/ld.so.cache \) -prune -o -print || true
		# Folders that do not exist yet make find complain: not an error.
		# shellcheck disable=SC2086
		find $dirs -maxdepth 1 || true
	} 2>/dev/null | sort -u
}
if [ "$phase" = purge ]; then
	t=$SECONDS
	dpkg --purge dmremap dm-remap-dkms >/tmp/purge.log 2>&1 || { cat /tmp/purge.log; fail "dpkg --purge"; }
	ok "dpkg --purge in $((SECONDS - t)) s"
	dkms status -m dm-remap 2>/dev/null | grep . >/dev/null && fail "dkms still knows dm-remap: $(dkms status -m dm-remap)"
	modinfo -k "$k" -n dm-remap >/dev/null 2>&1 && fail "dm-remap still in the module index of $k: $(modinfo -k "$k" -n dm-remap)"
	snap >/tmp/after
	left=$(comm -13 /root/dmremap-pkgtest-before /tmp/after) gone=$(comm -23 /root/dmremap-pkgtest-before /tmp/after)
	[ -z "$left$gone" ] || fail "after purge, left: [$left] gone: [$gone]"
	ok "nothing left behind"
	exit 0
fi
# The snapshot is kept in /root (not part of it) for the purge phase.
snap >/root/dmremap-pkgtest-before
t=$SECONDS
dpkg -i "$dkms" "$app" >/tmp/install.log 2>&1 || { cat /tmp/install.log; fail "dpkg -i"; }
ok "dpkg -i in $((SECONDS - t)) s"
dkms status -m dm-remap -k "$k" | grep ': installed' >/dev/null || fail "dkms status: $(dkms status -m dm-remap)"
ko=$(modinfo -k "$k" -n dm-remap) || fail "modinfo finds no dm-remap for $k"
case $ko in /lib/modules/"$k"/updates/dkms/dm-remap.ko*) ;; *) fail "dm-remap is $ko, not the DKMS build" ;; esac
[ "$(modinfo -k "$k" -F vermagic dm-remap | awk '{print $1}')" = "$k" ] || fail "vermagic"
signer=$(modinfo -k "$k" -F signer dm-remap)
[ -n "$signer" ] || fail "module not signed"
ok "DKMS built $ko for $k, signed by '$signer'"

mkdir -p /run/dbus /var/lib/dbus
dbus-uuidgen >/etc/machine-id
dbus-daemon --system --nofork --nopidfile --nosyslog >/tmp/bus.log 2>&1 &
bus=$!
for _ in $(seq 50); do busctl --system status org.freedesktop.DBus >/dev/null 2>&1 && break; sleep 0.1; done
setpriv --reuid=polkitd --regid=polkitd --init-groups /usr/lib/polkit-1/polkitd --no-debug >/tmp/polkitd.log 2>&1 &
pk=$!
for _ in $(seq 100); do busctl --system status org.freedesktop.PolicyKit1 >/dev/null 2>&1 && break; sleep 0.1; done
echo "dmpkg:x:1600:1600::/nonexistent:/bin/sh" >>/etc/passwd
echo "dmpkg:x:1600:" >>/etc/group
as_user() { setpriv --reuid=dmpkg --regid=dmpkg --init-groups -- timeout 120 "$@"; }
json=$(as_user dmremapctl --json status) || fail "dmremapctl --json status as a user: $json"
[ "$(jq -r .Version <<<"$json")" = "$(dpkg-deb -f "$app" Version | sed 's/-.*//')" ] || fail "Version: $json"
pid=$(busctl --system call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus \
	GetConnectionUnixProcessID s org.dmremap.Helper1 | awk '{print $2}')
[ "$(readlink "/proc/$pid/exe")" = /usr/libexec/dmremap-helper ] || fail "helper is $(readlink "/proc/$pid/exe")"
ok "helper D-Bus activated from /usr/libexec/dmremap-helper as uid $(stat -c %u "/proc/$pid"); status as a user"
as_user dmremapctl status >/dev/null || fail "dmremapctl status as a user"
drive=$(jq -r '.Drives[0] // empty' <<<"$json" | sed 's|.*/||')
if [ -n "$drive" ]; then
	as_user dmremapctl drive "$drive" >/dev/null || fail "dmremapctl drive $drive as a user"
	rc=0
	as_user dmremapctl --no-interaction smart "$drive" >/dev/null 2>&1 || rc=$?
	[ "$rc" = 4 ] || fail "smart $drive as a user without authorization: exit $rc, not 4"
	ok "drive $drive readable as a user, SMART refused (exit 4)"
fi
kill "$pid" "$pk" "$bus"
wait "$pk" "$bus" 2>/dev/null || true
sed -i '/^dmpkg:/d' /etc/passwd /etc/group
