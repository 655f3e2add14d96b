# shellcheck shell=bash
# tests/lib/sysbus.sh: a real system D-Bus and polkitd inside the VM, with
# the helper installed from the build tree and started by D-Bus activation.
# Source it after tests/lib/vmtest.sh:
#
#   source "$DMREMAP_SRC/tests/lib/vmtest.sh"
#   source "$DMREMAP_SRC/tests/lib/sysbus.sh"
#   sysbus_start            # install the helper component, start dbus-daemon and polkitd
#   trap sysbus_stop EXIT
#   sysbus_user dmtest      # an unprivileged user
#   as_user dmtest busctl call org.dmremap.Helper1 ...
#   u=$(sysbus_grantee scan)  # a user polkit says yes to for org.dmremap.helper.scan
#   polkit_grant dmtest 'org.dmremap.helper.scan'   # a rules file granting it (restarts polkitd: slow)
#
# No systemd runs in the guest: the bus uses its setuid launch helper to
# activate services (system.conf's <servicehelper>), which reads
# /usr/share/dbus-1/system.conf and the standard system service folders
# (/usr/local/share, /usr/share, /lib). polkitd runs as its own user.

# DMREMAP_TEST_TRACE=1: every command of the script, with the time and the
# source line, goes to DMREMAP_OUT/trace (its own descriptor, so output
# captured with 2>&1 is unchanged): where a script spends its time.
if [ -n "${DMREMAP_TEST_TRACE:-}" ]; then
	exec {SYSBUS_TRACE_FD}>>"$DMREMAP_OUT/trace"
	BASH_XTRACEFD=$SYSBUS_TRACE_FD
	PS4='+${EPOCHREALTIME} ${BASH_SOURCE[0]##*/}:${LINENO} '
	set -x
fi

SYSBUS_STATE=/run/dmremap-sysbus
SYSBUS_SYSTEMD1=/usr/share/dbus-1/system-services/org.freedesktop.systemd1.service
HELPER_NAME=org.dmremap.Helper1
HELPER_PATH=/org/dmremap/Helper1

# Installs the helper's files (component "helper") from DMREMAP_BUILD to the
# prefix the build was configured with. Prints the prefix.
sysbus_install() {
	local prefix
	prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$DMREMAP_BUILD/CMakeCache.txt")
	[ -n "$prefix" ] || fail "no CMAKE_INSTALL_PREFIX in $DMREMAP_BUILD/CMakeCache.txt"
	# Installed once per boot: the build tree does not change while the VM
	# runs, so a later script finds the files of the same build (the stamp
	# names the build tree and its helper binary's size and time, and the
	# installed helper must still be that binary).
	local stamp
	stamp="$DMREMAP_BUILD $(stat -c '%s %Y' "$DMREMAP_BUILD/helper/dmremap-helper")"
	if [ "$(cat "$SYSBUS_STATE/installed" 2>/dev/null)" != "$stamp" ] ||
		! cmp -s "$DMREMAP_BUILD/helper/dmremap-helper" "$prefix/libexec/dmremap-helper"; then
		# The build tree is read-only in the guest: cmake installs every file,
		# then fails to write install_manifest_helper.txt there. Only that
		# failure is tolerated, and the files are checked.
		if ! cmake --install "$DMREMAP_BUILD" --component helper >"$SYSBUS_STATE/install.log" 2>&1; then
			grep -q 'install_manifest_helper.txt' "$SYSBUS_STATE/install.log" ||
				fail "cmake --install --component helper: $(tail -3 "$SYSBUS_STATE/install.log")"
		fi
		echo "$stamp" >"$SYSBUS_STATE/installed"
	fi
	local f
	for f in libexec/dmremap-helper share/dbus-1/system.d/org.dmremap.Helper1.conf \
		share/dbus-1/system-services/org.dmremap.Helper1.service share/polkit-1/actions/org.dmremap.helper.policy; do
		[ -e "$prefix/$f" ] || fail "cmake --install did not install $prefix/$f"
	done
	# polkitd reads actions from /usr/share only.
	if [ "$prefix" != /usr ]; then
		ln -sf "$prefix/share/polkit-1/actions/org.dmremap.helper.policy" /usr/share/polkit-1/actions/
	fi
	echo "$prefix"
}

# sysbus_start: a fresh system bus on /run/dbus/system_bus_socket and polkitd.
sysbus_start() {
	local prefix i
	mkdir -p "$SYSBUS_STATE" /run/dbus /var/lib/dbus
	sysbus_stop >/dev/null 2>&1
	# The guest's /etc/machine-id is empty; QtDBus and dbus-daemon want one.
	grep -qE '^[0-9a-f]{32}$' /etc/machine-id 2>/dev/null || dbus-uuidgen >/etc/machine-id
	[ -e /var/lib/dbus/machine-id ] || ln -s /etc/machine-id /var/lib/dbus/machine-id
	prefix=$(sysbus_install) || exit 1
	# The stock system.conf (its relative system.d resolves next to it),
	# plus the policy folder of the prefix, without forking and syslog.
	cat >"$SYSBUS_STATE/bus.conf" <<-EOF
		<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
		 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
		<busconfig>
		  <include>/usr/share/dbus-1/system.conf</include>
		  <includedir>$prefix/share/dbus-1/system.d</includedir>
		</busconfig>
	EOF
	rm -f /run/dbus/system_bus_socket /run/dbus/pid
	# polkitd asks org.freedesktop.systemd1 for the unit of every subject.
	# No systemd runs here, but its activation file would make the bus start
	# the setuid launch helper for each check (a failed activation, often a
	# 25 s timeout under TCG): hide it, so the bus answers ServiceUnknown at once.
	if [ -e "$SYSBUS_SYSTEMD1" ]; then
		mv "$SYSBUS_SYSTEMD1" "$SYSBUS_STATE/systemd1.service" || fail "hide $SYSBUS_SYSTEMD1"
	fi
	dbus-daemon --config-file="$SYSBUS_STATE/bus.conf" --nofork --nopidfile --nosyslog \
		>"$DMREMAP_OUT/dbus-daemon.log" 2>&1 &
	echo $! >"$SYSBUS_STATE/dbus.pid"
	for i in $(seq 1 100); do
		[ -S /run/dbus/system_bus_socket ] && busctl --system status org.freedesktop.DBus >/dev/null 2>&1 && break
		sleep 0.1
	done
	[ -S /run/dbus/system_bus_socket ] || fail "dbus-daemon did not start: $(cat "$DMREMAP_OUT/dbus-daemon.log")"
	# One rules file, read once: user dmg-VERB is granted
	# org.dmremap.helper.VERB, user dmg-all every action of the helper
	# (sysbus_grantee). Tests switch users instead of rewriting rules, so
	# polkitd starts once.
	cat >/etc/polkit-1/rules.d/40-dmremap-grantees.rules <<-'EOF'
		polkit.addRule(function(action, subject) {
		    var p = "org.dmremap.helper.";
		    if (subject.user.indexOf("dmg-") != 0 || action.id.indexOf(p) != 0)
		        return polkit.Result.NOT_HANDLED;
		    var verb = subject.user.substring(4);
		    if (verb == "all" || action.id == p + verb)
		        return polkit.Result.YES;
		    return polkit.Result.NOT_HANDLED;
		});
	EOF
	chmod 644 /etc/polkit-1/rules.d/40-dmremap-grantees.rules
	polkit_restart
}

# sysbus_grantee VERB: creates (once) and prints the user dmg-VERB, whom the
# rules file of sysbus_start grants org.dmremap.helper.VERB ("all": every
# action of the helper). No other action is granted to it.
sysbus_grantee() {
	sysbus_user "dmg-$1" && echo "dmg-$1"
}

# polkit_restart: (re)starts polkitd, which reads actions and rules at start.
polkit_restart() {
	local i
	if [ -f "$SYSBUS_STATE/polkitd.pid" ]; then
		kill "$(cat "$SYSBUS_STATE/polkitd.pid")" 2>/dev/null
		for i in $(seq 1 50); do
			busctl --system status org.freedesktop.PolicyKit1 >/dev/null 2>&1 || break
			sleep 0.1
		done
	fi
	setpriv --reuid=polkitd --regid=polkitd --init-groups /usr/lib/polkit-1/polkitd --no-debug \
		>>"$DMREMAP_OUT/polkitd.log" 2>&1 &
	echo $! >"$SYSBUS_STATE/polkitd.pid"
	for i in $(seq 1 100); do
		busctl --system status org.freedesktop.PolicyKit1 >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	fail "polkitd did not start: $(tail -5 "$DMREMAP_OUT/polkitd.log")"
}

# helper_pid: pid of the running helper, "" when it is not running.
helper_pid() {
	busctl --system call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus \
		GetConnectionUnixProcessID s "$HELPER_NAME" 2>/dev/null | awk '{print $2}'
}

helper_stop() {
	local pid i
	pid=$(helper_pid)
	[ -n "$pid" ] || return 0
	kill "$pid"
	for i in $(seq 1 50); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.1
	done
	kill -9 "$pid"
}

sysbus_stop() {
	local f
	helper_stop
	modindex_restore
	for f in polkitd dbus; do
		[ -f "$SYSBUS_STATE/$f.pid" ] || continue
		kill "$(cat "$SYSBUS_STATE/$f.pid")" 2>/dev/null
		wait "$(cat "$SYSBUS_STATE/$f.pid")" 2>/dev/null
		rm -f "$SYSBUS_STATE/$f.pid"
	done
	rm -f /etc/polkit-1/rules.d/50-dmremap-test.rules /etc/polkit-1/rules.d/40-dmremap-grantees.rules
	[ -e "$SYSBUS_STATE/systemd1.service" ] && mv "$SYSBUS_STATE/systemd1.service" "$SYSBUS_SYSTEMD1"
	return 0
}

# sysbus_user NAME: an unprivileged user (no groups beyond its own).
# useradd cannot replace /etc/shadow on the guest's overlay; a user needs no
# password here, so the entries are appended directly. The files are read
# by the shell itself (no process per candidate uid: each costs a lot under
# emulation); the guest knows users from these files only.
sysbus_user() {
	local uid=1500 name id
	local -A used=()
	while IFS=: read -r name _ id _; do
		[ "$name" = "$1" ] && return 0
		used[$id]=1
	done </etc/passwd
	while IFS=: read -r _ _ id _; do used[$id]=1; done </etc/group
	while [ -n "${used[$uid]:-}" ]; do uid=$((uid + 1)); done
	echo "$1:x:$uid:$uid::/nonexistent:/bin/sh" >>/etc/passwd || fail "add user $1"
	echo "$1:x:$uid:" >>/etc/group || fail "add group $1"
	id "$1" >/dev/null || fail "user $1 not known after adding it"
}

# as_user NAME CMD...: runs CMD as NAME (no session: polkit's allow_any applies).
as_user() {
	local u=$1
	shift
	setpriv --reuid="$u" --regid="$u" --init-groups -- "$@"
}

# polkit_grant USER ACTION_PREFIX: a rules file that says yes to USER for
# every action whose id starts with ACTION_PREFIX ("" clears all rules).
polkit_grant() {
	local f=/etc/polkit-1/rules.d/50-dmremap-test.rules
	if [ -z "$1" ]; then
		rm -f "$f"
	else
		cat >"$f" <<-EOF
			polkit.addRule(function(action, subject) {
			    if (subject.user == "$1" && action.id.indexOf("$2") == 0)
			        return polkit.Result.YES;
			});
		EOF
		chmod 644 "$f"
	fi
	polkit_restart
}

# hcall ARGS...: busctl call on the helper (busctl signature syntax).
hcall() { busctl --system call "$HELPER_NAME" "$@"; }

# gcall OBJECT_PATH INTERFACE.METHOD ARGS...: gdbus call on the helper
# (GVariant text arguments, typed by the helper's introspection data).
# gdbus prints the D-Bus error name, which busctl does not.
# With GCALL_AS=USER in the environment, the call is made as USER.
gcall() {
	local path=$1 method=$2
	shift 2
	local -a as=()
	[ -n "${GCALL_AS:-}" ] && as=(setpriv --reuid="$GCALL_AS" --regid="$GCALL_AS" --init-groups --)
	"${as[@]}" gdbus call --system --dest "$HELPER_NAME" --object-path "$path" --method "$method" "$@"
}

# expect_error NAME CMD...: CMD must fail with org.dmremap.Helper1.Error.NAME.
expect_error() {
	local want=org.dmremap.Helper1.Error.$1 out
	shift
	out=$("$@" 2>&1) && fail "expected $want, but it succeeded: $* -> $out"
	[[ $out == *"$want"* ]] || fail "expected $want from: $* -> $out"
	return 0
}

# expect_ok CMD...: CMD must succeed; prints its output.
expect_ok() {
	local out
	out=$("$@" 2>&1) || fail "failed: $* -> $out"
	printf '%s\n' "$out"
}

# The module index of the running kernel, for LoadModule tests. A full
# `depmod -a` reads every module of the kernel (minutes under TCG), so the
# tests index only what LoadModule needs, and put the original index back.
SYSBUS_KDIR=/lib/modules/$(uname -r)

# modindex_save: keeps the original index (and the dependencies of dm-remap
# it knows) until modindex_restore.
modindex_save() {
	mkdir -p "$SYSBUS_STATE/modindex"
	cp -a "$SYSBUS_KDIR"/modules.* "$SYSBUS_STATE/modindex/" || fail "save the module index"
	modprobe --show-depends -a dm-mod libcrc32c 2>/dev/null | awk '$1 == "insmod" {print $2}' \
		>"$SYSBUS_STATE/modindex/deps"
}

# modindex_only [dm-remap]: an index of only dm-remap's dependencies, plus
# DMREMAP_KMOD installed as updates/dm-remap.ko when asked.
modindex_only() {
	local -a files
	mapfile -t files <"$SYSBUS_STATE/modindex/deps"
	rm -f "$SYSBUS_KDIR/updates/dm-remap.ko"
	if [ "${1:-}" = dm-remap ]; then
		mkdir -p "$SYSBUS_KDIR/updates" && cp "$DMREMAP_KMOD" "$SYSBUS_KDIR/updates/" || fail "install dm-remap.ko"
		files+=("$SYSBUS_KDIR/updates/dm-remap.ko")
	fi
	depmod "$(uname -r)" "${files[@]}" || fail "depmod ${files[*]}"
}

# modindex_restore: the original index (no-op without modindex_save).
modindex_restore() {
	[ -f "$SYSBUS_STATE/modindex/deps" ] || return 0
	rm -f "$SYSBUS_KDIR/updates/dm-remap.ko"
	cp -a "$SYSBUS_STATE/modindex"/modules.* "$SYSBUS_KDIR/" && rm -rf "$SYSBUS_STATE/modindex"
}
