#!/usr/bin/env bash
# tests/tray/notify-session.sh TST_TRAYNOTIFY SERVER [INVOKE...]
#
# Runs the tray's notification test against a real notification server on
# a private session bus (dbus-run-session) and a private X server (Xvfb):
# SERVER is the server's program (dunst, or notification-daemon's path),
# INVOKE an optional command that invokes the default action of the newest
# notification (dunst: "dunstctl action 0"). dbus-monitor records the bus:
# exactly one Notify call must reach the server, with the remap text, the
# "open" and "default" actions and urgency 1.
set -euo pipefail
test_bin=$1 server=$2
shift 2
invoke="$*"
tmp=$(mktemp -d)
xpid=""
cleanup() { [ -z "$xpid" ] || kill "$xpid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

exec 3>"$tmp/display"
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
[ -s "$tmp/display" ] || { cat "$tmp/xvfb.log"; echo "FAIL: Xvfb did not start"; exit 1; }
export DISPLAY=:$(head -1 "$tmp/display")

export TMPDIR=$tmp TEST_BIN=$test_bin SERVER=$server DMREMAP_NOTIFY_INVOKE=$invoke
dbus-run-session -- bash -euo pipefail -c '
	"$SERVER" >"$TMPDIR/server.log" 2>&1 &
	spid=$!
	for _ in $(seq 100); do
		gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
			--method org.freedesktop.DBus.NameHasOwner org.freedesktop.Notifications 2>/dev/null |
			grep true >/dev/null && break
		sleep 0.1
	done
	dbus-monitor --session "type=method_call,interface=org.freedesktop.Notifications,member=Notify" \
		>"$TMPDIR/monitor.log" 2>&1 &
	mpid=$!
	sleep 0.5
	rc=0
	QT_QPA_PLATFORM=offscreen "$TEST_BIN" || rc=$?
	sleep 0.5
	kill "$mpid" "$spid" 2>/dev/null || true
	exit $rc
' || { echo "FAIL: tst_traynotify"; cat "$tmp/server.log" 2>/dev/null; exit 1; }

calls=$(grep -c 'member=Notify' "$tmp/monitor.log" || true)
echo "Notify calls seen on the bus: $calls"
failed=0
[ "$calls" -eq 1 ] || { echo "FAIL: expected exactly 1 Notify call"; failed=1; }
for want in 'string "/dev/sdb: 3 blocks remapped"' 'string "open"' 'string "default"' \
	'string "Open the dashboard"' 'string "urgency"' 'byte 1' 'remap-sdb'; do
	grep -F -- "$want" "$tmp/monitor.log" >/dev/null || { echo "FAIL: the Notify call lacks $want"; failed=1; }
done
[ "$failed" -eq 0 ] || cat "$tmp/monitor.log"
exit "$failed"
