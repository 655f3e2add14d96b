#!/bin/bash
# The Debian packages, installed and purged in the guest: dpkg -i of
# dm-remap-dkms and dmremap (their maintainer scripts run as on a user's
# machine); DKMS builds, signs and installs dm-remap.ko for the running
# kernel from its headers; the helper is started by D-Bus activation from the
# packaged activation file on a real system bus with polkitd; dmremapctl's
# read-only calls work as an unprivileged user (privileged ones are refused);
# purging both packages leaves no file behind.
#
# The packages come from tools/package, in $DMREMAP_BUILD/debs (tools/check
# builds them there before the VM stage) or DMREMAP_TEST_DEBS. Missing
# packages fail the test.
#
# They are installed into the guest's writable overlays of the build root
# (no second boot with a copied root): same dpkg, maintainer scripts, DKMS
# and activation, but the build root already holds the build dependencies,
# so the Depends are checked one by one against what the .deb declares.
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"
set -u

debs=${DMREMAP_TEST_DEBS:-$DMREMAP_BUILD/debs}
app_deb=$(ls "$debs"/dmremap_*.deb 2>/dev/null | tail -1)
dkms_deb=$(ls "$debs"/dm-remap-dkms_*.deb 2>/dev/null | tail -1)
[ -n "$app_deb" ] && [ -n "$dkms_deb" ] ||
	fail "no dmremap_*.deb and dm-remap-dkms_*.deb in $debs (run tools/package --out $debs first)"
kver=$(uname -r)
version=$(dpkg-deb -f "$dkms_deb" Version)
note "packages: $(basename "$app_deb") $(basename "$dkms_deb"), kernel $kver"

# --- before: no trace of dm-remap outside the packages ------------------------
# Earlier scripts of this boot install the helper with cmake --install and
# copy dm-remap.ko into updates/; those copies are moved aside (and put back
# at the end) so that every file checked below comes from a package.
aside=/tmp/pkgtest-aside
mkdir -p "$aside"
pkg_files=$( (dpkg-deb -c "$app_deb"; dpkg-deb -c "$dkms_deb") | awk '$1 !~ /^d/ {print substr($6, 2)}')
# Neither package is installed yet, so whatever exists at their paths came
# from elsewhere.
for p in dmremap dm-remap-dkms; do
	dpkg-query -W -f '${db:Status-Status}' "$p" 2>/dev/null | grep -x installed >/dev/null &&
		fail "$p is installed before the test"
done
moved=0
for f in $pkg_files "/lib/modules/$kver/updates/dm-remap.ko"; do
	if [ -e "$f" ] || [ -L "$f" ]; then
		mkdir -p "$aside$(dirname "$f")" && mv "$f" "$aside$f"
		note "moved aside (not from a package): $f"
		moved=1
	fi
done
restore() {
	sysbus_stop >/dev/null 2>&1
	(cd "$aside" && find . -type f) | while read -r f; do
		f=${f#.}
		[ -e "$f" ] || { mkdir -p "$(dirname "$f")" && mv "$aside$f" "$f"; }
	done
	[ "$moved" = 0 ] || depmod -a "$kver" 2>/dev/null
}
trap restore EXIT
grep '^dm_remap ' /proc/modules >/dev/null && rmmod dm_remap
# depmod decompresses every module: slow under TCG, so only when needed.
[ "$moved" = 0 ] || depmod -a "$kver"
modinfo -n dm-remap >/dev/null 2>&1 && fail "a dm-remap module is installed before the package: $(modinfo -n dm-remap)"

# Everything the packages and their maintainer scripts could touch, by
# name: /etc, /var/lib, /usr/src and the kernel's module folders in full,
# and the folders holding the packages' files (one level). dpkg's own
# database, the bus's machine id and the machine's DKMS signing key (DKMS
# keeps it for every module it builds) are not ours.
pkg_dirs=$(for f in $pkg_files; do dirname "$f"; done | sort -u)
snapshot() {
	{
		find /etc /var/lib /usr/src /lib/modules/"$kver" \( -path /var/lib/dpkg -o -path /var/lib/dbus \
			-o -path '/var/lib/dkms/mok.*' -o -path /etc/machine-id -o -path /etc/ld.so.cache \) -prune -o -print
		# shellcheck disable=SC2086
		find $pkg_dirs -maxdepth 1
	} 2>/dev/null | sort -u
}
note "snapshot of the file system before installing"
snapshot >/tmp/pkgtest-before

# --- install ------------------------------------------------------------------
# Every declared dependency must be there (the build root has them; a
# missing one here is a wrong package name in debian/control).
deps=$( (dpkg-deb -f "$dkms_deb" Depends; echo ,; dpkg-deb -f "$app_deb" Depends) | tr ',' '\n' |
	sed -e 's/|.*//' -e 's/(.*)//' -e 's/[[:space:]]//g' | grep . | sort -u)
# shellcheck disable=SC2086
missing=$(dpkg-query -W -f '${Package} ${db:Status-Status}\n' $deps 2>&1 | grep -v ' installed$')
[ -z "$missing" ] || fail "declared Depends not installed (wrong name in debian/control?): $missing"
start=$(date +%s)
note "dpkg -i (output in $DMREMAP_OUT/install.log while it runs)"
dpkg -i "$dkms_deb" "$app_deb" >"$DMREMAP_OUT/install.log" 2>&1 ||
	fail "dpkg -i failed: $(tail -30 "$DMREMAP_OUT/install.log")"
note "dpkg -i (with the DKMS build) took $(($(date +%s) - start)) s"
cat "$DMREMAP_OUT/install.log"
for p in dmremap dm-remap-dkms; do
	expect_eq "$(dpkg-query -W -f '${db:Status-Status}' "$p")" installed "$p status"
done

# --- DKMS built the module for the running kernel --------------------------------
dkms status -m dm-remap -k "$kver" | grep "installed" >/dev/null ||
	fail "dkms status: $(dkms status -m dm-remap 2>&1); make.log: $(tail -20 /var/lib/dkms/dm-remap/"$version"/build/make.log 2>/dev/null)"
ko=$(modinfo -n dm-remap) || fail "modinfo finds no dm-remap after the DKMS install"
case $ko in /lib/modules/"$kver"/updates/dkms/dm-remap.ko*) ;; *) fail "dm-remap resolves to $ko, not the DKMS build" ;; esac
expect_eq "$(modinfo -F vermagic dm-remap | awk '{print $1}')" "$kver" "vermagic of the DKMS module"
# DKMS signs with its MOK key when the kernel's sign-file and openssl are
# there (Secure Boot, packaging/README.md).
signer=$(modinfo -F signer dm-remap)
[ -n "$signer" ] || fail "the DKMS-built module is not signed"
note "module $ko, signer: $signer"

# --- the helper, D-Bus activated from the packaged files ----------------------------
note "system bus, polkitd, helper"
owned=$(dpkg -L dmremap)
for f in /usr/libexec/dmremap-helper /usr/share/dbus-1/system-services/org.dmremap.Helper1.service \
	/usr/share/dbus-1/system.d/org.dmremap.Helper1.conf /usr/share/polkit-1/actions/org.dmremap.helper.policy; do
	grep -x "$f" <<<"$owned" >/dev/null || fail "$f is not a file of the dmremap package"
	[ -f "$f" ] || fail "$f is missing after dpkg -i"
done
mkdir -p "$SYSBUS_STATE" /run/dbus /var/lib/dbus
grep -E '^[0-9a-f]{32}$' /etc/machine-id >/dev/null 2>&1 || dbus-uuidgen >/etc/machine-id
[ -e /var/lib/dbus/machine-id ] || ln -s /etc/machine-id /var/lib/dbus/machine-id
# The stock system bus configuration: it reads the packaged bus policy from
# /usr/share/dbus-1/system.d and activates from /usr/share/dbus-1/system-services.
rm -f /run/dbus/system_bus_socket
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
status=$(as_user dmpkg dmremapctl status) || fail "dmremapctl status as a user: $status"
printf '%s\n' "$status"
pid=$(helper_pid)
[ -n "$pid" ] || fail "dmremapctl status did not activate the helper"
expect_eq "$(readlink /proc/"$pid"/exe)" /usr/libexec/dmremap-helper "activated executable"
expect_eq "$(stat -c %u /proc/"$pid")" 0 "helper uid"
json=$(as_user dmpkg dmremapctl --json status) || fail "dmremapctl --json status as a user: $json"
expect_eq "$(jq -r .Version <<<"$json")" "${version%%-*}" "helper Version (--json status)"

# The DKMS module through the helper (as root: load-module needs authorization).
expect_ok dmremapctl --no-interaction load-module >/dev/null
grep '^dm_remap ' /proc/modules >/dev/null || fail "load-module did not load dm_remap"
expect_eq "$(cat /sys/module/dm_remap/srcversion)" "$(modinfo -F srcversion "$ko")" "loaded module is the DKMS build"
dmsetup targets | grep '^remap ' >/dev/null || fail "no remap target after loading the DKMS module"
json=$(as_user dmpkg dmremapctl --json status) || fail "status after load-module: $json"
expect_eq "$(jq -r .ModuleLoaded <<<"$json")" true "ModuleLoaded as a user after load-module"

# A drive's properties are readable without authorization; reading SMART is not.
dev=$(nullb_create nullb0 16) || fail "nullb0"
out=$(as_user dmpkg dmremapctl drive nullb0) || fail "dmremapctl drive nullb0 as a user: $out"
printf '%s\n' "$out"
rc=0
out=$(as_user dmpkg dmremapctl --no-interaction smart nullb0 2>&1) || rc=$?
expect_eq "$rc" 4 "exit code of a privileged call as a user without authorization ($out)"
# Offline commands of the packaged client.
printf '# Mapfile\n0x00000000 +\n0x00000000 0x00100000 +\n0x00100000 0x00001000 -\n' >/tmp/pkgtest.map
as_user dmpkg dmremapctl map --import /tmp/pkgtest.map >/dev/null || fail "dmremapctl map --import as a user"
dmsetup remove_all >/dev/null 2>&1
nullb_remove nullb0 2>/dev/null || true

# --- purge ------------------------------------------------------------------------
sysbus_stop
grep '^dm_remap ' /proc/modules >/dev/null && rmmod dm_remap
note "dpkg --purge"
dpkg --purge dmremap dm-remap-dkms >"$DMREMAP_OUT/purge.log" 2>&1 || fail "dpkg --purge: $(tail -20 "$DMREMAP_OUT/purge.log")"
cat "$DMREMAP_OUT/purge.log"
for p in dmremap dm-remap-dkms; do
	dpkg-query -W -f '${db:Status-Status}' "$p" 2>/dev/null | grep -v '^not-installed$' | grep . >/dev/null &&
		fail "$p is still known to dpkg after purge: $(dpkg -l "$p" | tail -1)"
done
dkms status -m dm-remap 2>/dev/null | grep . >/dev/null && fail "dkms still knows dm-remap: $(dkms status -m dm-remap)"
# dkms remove ran depmod: the index must not know the module any more.
modinfo -n dm-remap >/dev/null 2>&1 && fail "dm-remap still installed after purge: $(modinfo -n dm-remap)"
rm -f /tmp/pkgtest.map
snapshot >/tmp/pkgtest-after
left=$(comm -13 /tmp/pkgtest-before /tmp/pkgtest-after)
gone=$(comm -23 /tmp/pkgtest-before /tmp/pkgtest-after)
[ -z "$left" ] || fail "left behind after purge:
$left"
[ -z "$gone" ] || fail "gone after install and purge (were there before):
$gone"
note "installed, used and purged without a trace"
