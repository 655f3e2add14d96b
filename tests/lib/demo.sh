# shellcheck shell=bash
# tests/lib/demo.sh: the main job's world inside the VM, shared by tools/demo
# and its VM test tests/vm/60-demo.sh. Source it after vmtest.sh and
# sysbus.sh, then call demo_main.
#
# What it builds (all real, nothing mocked):
#   main   nullb0: null_blk, DEMO_MAIN_MIB MiB, 4096-byte blocks, with bad
#          units (DEMO_BAD_UNITS, 4096-byte units) where READs and WRITEs
#          fail with an I/O error (configfs badblocks, changed at run time)
#   spare  the first qemu ATA disk on the AHCI controller (tools/vm
#          --ide-disk 16M): SMART answers live (libatasmart through the
#          kernel's HDIO ioctls; a udev rule picks that access method, as
#          qemu's AHCI PIO status trips the SAT pass-through)
#   the helper on a private system bus with polkitd, started by D-Bus
#   activation; dm-remap.ko installed for the running kernel so the helper
#   loads it (LoadModule); an unprivileged user (sysbus_grantee all) whom a
#   polkit rule grants org.dmremap.helper.*; Xvfb for the GUI.
#
# The flow (DEMO_STEPS): 01-drives 02-scan 03-healthmap 04-wizard-spare
# 05-wizard-options 06-wizard-review 07-created 08-dashboard 09-done. With
# the application's driver (BUILD/app/demo/dmremap-demo-driver) the real GUI
# walks it under Xvfb as that user and calls tests/lib/demo-hook.sh NN STEP
# after each step; the hook asks the root side of this script (a FIFO) to
# run demo_step NN STEP. Without the driver (DMREMAP_TEST_DEMO_CLI=1, or not
# built) dmremapctl does what the GUI would do and the same demo_step runs.
#
# demo_step checks what the helper reports (dmremapctl --json) at each step;
# at 07-created it makes an ext4 file system on the new device, writes
# files, makes more units of the main device fail under those files and
# rewrites them, so the target remaps them (write errors), and checks the
# files read back. Every step's time, helper state and screenshot go to
# DEMO_OUT (steps.tsv, state/, shots/, report.html).
#
# Environment (DMREMAP_TEST_* reach the guest through tools/vm):
#   DMREMAP_TEST_DEMO_CLI=1       dmremapctl instead of the GUI driver
#   DMREMAP_TEST_DEMO_TIMEOUT     the driver's --timeout per wait (s, 300: a
#                                 loaded CI machine runs TCG several times slower)
#   DMREMAP_TEST_DEMO_SHOW=1      also show the GUI on the guest's screen
#                                 (tools/demo --show; best effort)

DEMO_MAIN=nullb0
DEMO_MAIN_MIB=${DMREMAP_TEST_DEMO_MAIN_MIB:-64}
DEMO_BLOCK=4096
# Bad 4096-byte units of the main device before the rescue.
DEMO_BAD_UNITS=(1000 5000 5001 12000)
DEMO_USER=dmg-all # set by demo_world_start (sysbus_grantee all)
DEMO_NAME=remap-$DEMO_MAIN
DEMO_MNT=/tmp/demo-mnt
DEMO_STATE=/run/dmremap-demo
DEMO_DISPLAY=:99
DEMO_STEPS=(01-drives 02-scan 03-healthmap 04-wizard-spare 05-wizard-options 06-wizard-review 07-created
	08-dashboard 09-done)
DEMO_PY=$DMREMAP_SRC/tests/lib/demo.py
DEMO_CTL=$DMREMAP_BUILD/app/cli/dmremapctl
DEMO_DRIVER=$DMREMAP_BUILD/app/demo/dmremap-demo-driver

# ctl ARGS...: dmremapctl --json as root; fails the script when it fails.
# Exit status 3 (helper unavailable: its D-Bus activation can outlast a
# call's 25 s under a loaded emulator) is retried twice.
ctl() {
	local out rc i t0=${EPOCHREALTIME/./}
	for i in 1 2 3; do
		out=$("$DEMO_CTL" --json "$@" 2>&1)
		rc=$?
		[ "$rc" = 3 ] || break
	done
	# Where the flow's time goes: every call's milliseconds.
	echo "$((${EPOCHREALTIME/./} / 1000 - t0 / 1000))	$*" >>"$DEMO_OUT/ctl-ms.tsv"
	[ "$rc" = 0 ] || fail "dmremapctl $* (exit $rc): $out"
	printf '%s\n' "$out"
}

# demo_helper_wait: activates the helper (first call) with a long timeout.
demo_helper_wait() {
	local i
	for i in 1 2 3 4; do
		busctl --system --timeout=60 get-property "$HELPER_NAME" "$HELPER_PATH" org.dmremap.Helper1.Manager Version \
			>/dev/null 2>&1 && return 0
	done
	fail "the helper did not start by D-Bus activation"
}

# jqr FILTER: jq on the JSON document on stdin, raw strings, compact lists
# (jq starts in milliseconds; python3 took a second a call under TCG).
jqr() { jq -rc "$1"; }

# dlog: a line of the test's log with the seconds since the flow began.
# demo_units STATE UNIT BLOCK: a remap list (dmremapctl --json remaps) on
# stdin -> the sorted BLOCK-byte unit numbers of its entries in STATE
# (remapped, pending or any), UNIT being the list's unit in bytes.
demo_units() {
	jq -r --arg s "$1" --argjson u "$2" --argjson b "$3" \
		'[.[] | select($s == "any" or .state == $s) | (.main_unit * $u / $b | floor)] | unique | map(tostring) | join(" ")'
}

dlog() { printf '# demo: [%6.1f s] %s\n' "$(demo_elapsed)" "$*"; }
demo_elapsed() { # seconds since DEMO_T0 (one decimal), no fork
	local now=${EPOCHREALTIME/./}
	now=$((now / 1000 - DEMO_T0 / 1000000))
	printf '%d.%d' $((now / 1000)) $((now % 1000 / 100))
}

# --- the world -----------------------------------------------------------------

# demo_spare_find: the qemu ATA disk that tools/vm --ide-disk attached
# (serial DMREMAP-IDE-0). Prints its kernel name.
demo_spare_find() {
	local i d
	modprobe ahci || fail "modprobe ahci"
	for i in $(seq 1 300); do
		for d in /sys/block/sd*; do
			[ -e "$d/device/wwid" ] || continue
			if grep -q 'DMREMAP-IDE-0' "$d/device/wwid" 2>/dev/null; then
				basename "$d"
				return 0
			fi
		done
		sleep 0.1
	done
	fail "no qemu ATA disk with serial DMREMAP-IDE-0: run the VM with tools/vm --ide-disk 16M"
}

# demo_smart_access DISK: libatasmart reads qemu's ATA disk through the
# kernel's HDIO ioctls (udev property ID_ATA_SMART_ACCESS=linux-ide); its
# SAT pass-through path fails on qemu's AHCI (the PIO setup FIS reports DRQ
# as the ending status, and 6.12 answers in fixed-format sense).
demo_smart_access() {
	local disk=$1 i
	mkdir -p /etc/udev/rules.d
	cat >/etc/udev/rules.d/61-dmremap-demo-smart.rules <<-'EOF'
		SUBSYSTEM=="block", KERNEL=="sd*", ATTRS{model}=="QEMU HARDDISK*", ENV{ID_ATA_SMART_ACCESS}="linux-ide"
	EOF
	pgrep -x systemd-udevd >/dev/null || /usr/lib/systemd/systemd-udevd --daemon --resolve-names=never ||
		fail "start systemd-udevd"
	udevadm control --reload || fail "udevadm control --reload"
	for i in $(seq 1 5); do
		udevadm trigger --action=change --settle "/dev/$disk" 2>/dev/null
		udevadm info --query=property --name="/dev/$disk" | grep -qx 'ID_ATA_SMART_ACCESS=linux-ide' && return 0
		sleep 1
	done
	fail "udev did not set ID_ATA_SMART_ACCESS on $disk"
}

# demo_world_start: devices, module, bus, polkit, user, X. Sets DEMO_SPARE.
demo_world_start() {
	local kdir u s
	mkdir -p "$DEMO_STATE" "$DEMO_OUT/state" "$DEMO_OUT/shots"
	: >"$DEMO_OUT/steps.tsv"
	DEMO_SPARE=$(demo_spare_find) || exit 1
	demo_smart_access "$DEMO_SPARE"
	dlog "spare /dev/$DEMO_SPARE found, SMART access set"
	# The module where the helper's libkmod finds it.
	kdir=/lib/modules/$(uname -r)
	mkdir -p "$kdir/updates" && cp "$DMREMAP_KMOD" "$kdir/updates/" || fail "install dm-remap.ko for $(uname -r)"
	pre=${DMREMAP_TEST_DEMO_DEPMOD:-}/lib/modules/$(uname -r)
	if [ -n "${DMREMAP_TEST_DEMO_DEPMOD:-}" ] && [ -f "$pre/modules.dep.bin" ] &&
		cmp -s "$pre/updates/dm-remap.ko" "$DMREMAP_KMOD"; then
		# tools/demo made the index on the host (depmod -a here: 100 s under TCG).
		find "$pre" -maxdepth 1 -type f -name 'modules.*' -exec cp -t "$kdir/" {} + ||
			fail "copy the module index from $pre"
		dlog "module index from the host ($pre)"
	else
		depmod -a || fail "depmod -a for $(uname -r)"
	fi
	modprobe -n dm-remap || fail "dm-remap.ko is not in the module index of $(uname -r)"
	grep -q '^dm_remap ' /proc/modules && rmmod dm_remap
	dlog "dm-remap.ko installed (depmod)"
	# The failing main device.
	nullb_create "$DEMO_MAIN" "$DEMO_MAIN_MIB" "$DEMO_BLOCK" >/dev/null
	for u in "${DEMO_BAD_UNITS[@]}"; do
		s=$((u * DEMO_BLOCK / 512))
		nullb_bad_add "$DEMO_MAIN" "$s" $((s + DEMO_BLOCK / 512 - 1))
	done
	dlog "main /dev/$DEMO_MAIN ($DEMO_MAIN_MIB MiB, bad units ${DEMO_BAD_UNITS[*]}), spare /dev/$DEMO_SPARE"
	sysbus_start
	dlog "system bus and polkitd started"
	# An unprivileged user whom polkit grants every org.dmremap.helper.* action.
	DEMO_USER=$(sysbus_grantee all) || fail "sysbus_grantee all"
	demo_helper_wait
	dlog "helper activated"
	mkdir -p "$DEMO_STATE/home" "$DEMO_STATE/runtime" "$DEMO_STATE/shots"
	chown "$DEMO_USER:$DEMO_USER" "$DEMO_STATE/home" "$DEMO_STATE/runtime" "$DEMO_STATE/shots"
	chmod 700 "$DEMO_STATE/runtime"
	chmod 755 "$DEMO_STATE"
}

demo_world_stop() {
	local f
	mountpoint -q "$DEMO_MNT" && umount "$DEMO_MNT"
	for f in hooks xvfb; do
		[ -f "$DEMO_STATE/$f.pid" ] || continue
		kill "$(cat "$DEMO_STATE/$f.pid")" 2>/dev/null
		wait "$(cat "$DEMO_STATE/$f.pid")" 2>/dev/null
		rm -f "$DEMO_STATE/$f.pid"
	done
	sysbus_stop
	rm -f /etc/udev/rules.d/61-dmremap-demo-smart.rules
	return 0
}

# demo_x_start: Xvfb on DEMO_DISPLAY (no access control: only this VM's
# users exist).
demo_x_start() {
	local i n=${DEMO_DISPLAY#:}
	Xvfb "$DEMO_DISPLAY" -screen 0 1280x900x24 -ac -nolisten tcp >"$DEMO_OUT/xvfb.log" 2>&1 &
	echo $! >"$DEMO_STATE/xvfb.pid"
	for i in $(seq 1 200); do
		[ -S "/tmp/.X11-unix/X$n" ] && return 0
		sleep 0.1
	done
	fail "Xvfb did not start: $(tail -5 "$DEMO_OUT/xvfb.log")"
}

# --- what the helper must report ----------------------------------------------

# demo_expected_pairs UNIT BLOCK UNITS...: bad units (numbers of BLOCK
# bytes) as the helper's flat first,count pairs in UNIT bytes (JSON).
demo_expected_pairs() {
	python3 "$DEMO_PY" pairs "$@"
}

demo_snapshot() { # NN-step: helper state for the report
	local f=$DEMO_OUT/state/$1.json
	# The device only (the report shows it): each dmremapctl call costs
	# seconds under TCG.
	{
		echo '{"device":'
		"$DEMO_CTL" --json device "$DEMO_NAME" 2>/dev/null || echo null
		echo '}'
	} >"$f"
}

demo_no_device_yet() {
	local n
	n=$(ctl status | jqr '.RemapDevices // [] | length')
	expect_eq "$n" 0 "remap devices before the review was confirmed"
	# Nothing written on the spare before the confirmation: its first MiB
	# (where the metadata would go) is still zero.
	cmp -s -n 1048576 "/dev/$DEMO_SPARE" /dev/zero || fail "the spare was written before the confirmation"
	"$DMREMAP_BUILD/core/spare/dmremap-spare" check "/dev/$DEMO_SPARE" >/dev/null 2>&1 &&
		fail "the spare holds dm-remap metadata before the confirmation"
	return 0
}

# demo_check_device MODE EXPECTED_UNITS... (unit numbers of DEMO_BLOCK bytes)
# MODE known: the target knows exactly these units, each remapped or pending
#   (a unit the scan found unreadable cannot be copied to the spare: the
#   wizard's remap leaves it pending until it is written or its loss is
#   accepted).
# MODE remapped: every one of them is remapped, nothing is pending.
demo_check_device() {
	local mode=$1 dev unit got want list
	shift
	dev=$(ctl device "$DEMO_NAME")
	expect_eq "$(jqr .Main <<<"$dev")" "$DEMO_MAIN" "main of $DEMO_NAME"
	expect_eq "$(jqr .Spare <<<"$dev")" "$DEMO_SPARE" "spare of $DEMO_NAME"
	expect_eq "$(jqr .State <<<"$dev")" ok "state of $DEMO_NAME"
	unit=$(jqr .UnitBytes <<<"$dev")
	expect_eq "$unit" "$DEMO_BLOCK" "remap unit of $DEMO_NAME (bytes)"
	[ -b "/dev/mapper/$DEMO_NAME" ] || fail "no /dev/mapper/$DEMO_NAME"
	want=$(printf '%s\n' "$@" | sort -n | tr '\n' ' ')
	list=$(ctl remaps "$DEMO_NAME")
	expect_eq "$(jqr '.Remapped + .Pending' <<<"$dev")" "$#" \
		"remapped + pending units of $DEMO_NAME"
	got=$(demo_units any "$unit" "$DEMO_BLOCK" <<<"$list")
	expect_eq "$got" "${want% }" "units (in $DEMO_BLOCK-byte units) $DEMO_NAME knows"
	if [ "$mode" = remapped ]; then
		expect_eq "$(jqr .Pending <<<"$dev")" 0 "pending units of $DEMO_NAME"
		got=$(demo_units remapped "$unit" "$DEMO_BLOCK" <<<"$list")
		expect_eq "$got" "${want% }" "remapped units (in $DEMO_BLOCK-byte units) of $DEMO_NAME"
	fi
}

# demo_check_remapped UNITS...: each of these units is remapped (a write
# met its error and went to the spare).
demo_check_remapped() {
	local u got
	got=" $(ctl remaps "$DEMO_NAME" | demo_units remapped "$DEMO_BLOCK" "$DEMO_BLOCK") "
	for u in "$@"; do
		[[ $got == *" $u "* ]] || fail "unit $u of $DEMO_MAIN is not remapped (remapped:$got)"
	done
}

# demo_accept_loss: what the dashboard's "Accept loss" does for every pending
# unit: RescueBlock with zero fill (the unit's data was unreadable anyway).
demo_accept_loss() {
	local u
	for u in $(ctl remaps "$DEMO_NAME" | demo_units pending "$DEMO_BLOCK" "$DEMO_BLOCK"); do
		ctl rescue "$DEMO_NAME" $((u * DEMO_BLOCK / 512)) --retries 1 --zero-fill >/dev/null ||
			fail "accept loss of unit $u"
	done
}

# The files of the workload and their checksums.
DEMO_FILES=(a.bin b.bin c.bin d.bin e.bin f.bin)
DEMO_NEW_BAD=() # units made bad under the files at 07

demo_files_check() { # WHAT
	sync
	echo 3 >/proc/sys/vm/drop_caches
	(cd "$DEMO_MNT" && sha256sum --quiet -c "$DEMO_STATE/sums") || fail "$1: files do not read back"
	dlog "$1: ${#DEMO_FILES[@]} files read back with the right SHA-256"
}

# demo_workload: ext4 on the remap device, files, more failing units under
# two of them, rewritten with direct I/O so the writes meet the errors.
demo_workload() {
	local dev=/dev/mapper/$DEMO_NAME f u s spec before after auto_before
	mkfs.ext4 -q -F -b 4096 -E nodiscard,lazy_itable_init=0,lazy_journal_init=0 "$dev" || fail "mkfs.ext4 $dev"
	mkdir -p "$DEMO_MNT" "$DEMO_STATE/src"
	mount "$dev" "$DEMO_MNT" || fail "mount $dev"
	for f in "${DEMO_FILES[@]}"; do
		head -c 1M /dev/urandom >"$DEMO_STATE/src/$f"
		cp "$DEMO_STATE/src/$f" "$DEMO_MNT/$f"
	done
	sync
	(cd "$DEMO_STATE/src" && sha256sum "${DEMO_FILES[@]}") >"$DEMO_STATE/sums"
	demo_files_check "after mkfs and the first writes"
	before=$(ctl device "$DEMO_NAME" | jqr '"\(.Remapped) \(.AutoRemaps)"')
	auto_before=${before#* } before=${before%% *}
	# More units fail: one under b.bin, two under e.bin (file system blocks
	# are 4096 bytes, the remap device maps the main device 1:1).
	mapfile -t DEMO_NEW_BAD < <(python3 "$DEMO_PY" phys-block "$DEMO_MNT/b.bin" 10 "$DEMO_MNT/e.bin" 20 \
		"$DEMO_MNT/e.bin" 21)
	[ "${#DEMO_NEW_BAD[@]}" = 3 ] || fail "filefrag of b.bin and e.bin: '${DEMO_NEW_BAD[*]}'"
	for u in "${DEMO_NEW_BAD[@]}"; do
		s=$((u * DEMO_BLOCK / 512))
		nullb_bad_add "$DEMO_MAIN" "$s" $((s + DEMO_BLOCK / 512 - 1))
	done
	echo "${DEMO_NEW_BAD[*]}" >"$DEMO_STATE/new-bad"
	dlog "units ${DEMO_NEW_BAD[*]} of $DEMO_MAIN fail from now on (under b.bin and e.bin)"
	for f in b.bin e.bin; do
		dd if="$DEMO_STATE/src/$f" of="$DEMO_MNT/$f" bs=1M count=1 conv=notrunc,fsync oflag=direct status=none ||
			fail "rewrite $f over failing units"
	done
	# The main device really fails there: the data now lives on the spare.
	for u in "${DEMO_NEW_BAD[@]}"; do
		# probe exits 0 either way; it lists what it could not read.
		blkio probe "/dev/$DEMO_MAIN" $((u * DEMO_BLOCK / 512)) $((DEMO_BLOCK / 512)) 2>/dev/null |
			grep '^unreadable' >/dev/null || fail "unit $u of $DEMO_MAIN reads fine: the injection did not take"
	done
	after=$(ctl device "$DEMO_NAME" | jqr '"\(.Remapped) \(.AutoRemaps)"')
	expect_eq "${after%% *}" $((before + ${#DEMO_NEW_BAD[@]})) "remapped units after writes over new failures"
	expect_eq "${after#* }" $((auto_before + ${#DEMO_NEW_BAD[@]})) \
		"automatic remaps after writes over new failures"
	demo_check_remapped "${DEMO_NEW_BAD[@]}"
	umount "$DEMO_MNT" || fail "umount"
	mount "$dev" "$DEMO_MNT" || fail "mount again"
	demo_files_check "after the new failures, remount"
}

# demo_step NN STEP: the checks of one step (root side).
demo_step() {
	local nn=$1 step=$2 map unit want got job
	case $nn-$step in
	01-drives)
		got=$(ctl status | jqr '[.Drives[] | split("/")[-1]] | sort | join(" ")')
		[[ " $got " == *" $DEMO_MAIN "* && " $got " == *" $DEMO_SPARE "* ]] ||
			fail "helper's drives '$got' lack $DEMO_MAIN or $DEMO_SPARE"
		got=$(ctl smart "$DEMO_SPARE")
		expect_eq "$(jqr .SmartAvailable <<<"$got")" true "SMART of $DEMO_SPARE available"
		expect_eq "$(jqr .SmartOverall <<<"$got")" GOOD "SMART verdict of $DEMO_SPARE"
		expect_eq "$(jqr .SmartSerial <<<"$got")" DMREMAP-IDE-0 "SMART serial of $DEMO_SPARE"
		[ "$(jqr '.attributes | length' <<<"$got")" -ge 5 ] || fail "SMART attributes of $DEMO_SPARE: $got"
		demo_no_device_yet
		;;
	02-scan | 03-healthmap)
		map=$(ctl map "$DEMO_MAIN")
		unit=$(jqr .unit_bytes <<<"$map")
		want=$(demo_expected_pairs "$unit" "$DEMO_BLOCK" "${DEMO_BAD_UNITS[@]}")
		got=$(jqr .bad <<<"$map")
		expect_eq "$got" "$want" "bad units of the scan of $DEMO_MAIN (unit $unit bytes)"
		expect_eq "$(ctl drive "$DEMO_MAIN" | jqr '.ScanHistory | length >= 1')" true "scan history of $DEMO_MAIN"
		# Region byte bit 0x10: read error (jq has no bit operators).
		expect_eq "$(jqr '[.regions[] | select((. / 16 | floor) % 2 == 1)] | length' <<<"$map")" \
			"$(python3 "$DEMO_PY" regions "$(jqr .region_bytes <<<"$map")" "$DEMO_BLOCK" "${DEMO_BAD_UNITS[@]}")" \
			"regions with read errors"
		demo_no_device_yet
		;;
	04-wizard-spare | 05-wizard-options | 06-wizard-review)
		demo_no_device_yet
		;;
	07-created)
		demo_check_device known "${DEMO_BAD_UNITS[@]}"
		demo_workload
		demo_check_device known "${DEMO_BAD_UNITS[@]}" "${DEMO_NEW_BAD[@]}"
		;;
	08-dashboard | 09-done)
		[ -f "$DEMO_STATE/new-bad" ] || fail "step 07 did not record its new bad units"
		read -ra DEMO_NEW_BAD <"$DEMO_STATE/new-bad"
		demo_check_device "$(cat "$DEMO_STATE/mode-$nn" 2>/dev/null || echo known)" \
			"${DEMO_BAD_UNITS[@]}" "${DEMO_NEW_BAD[@]}"
		demo_check_remapped "${DEMO_NEW_BAD[@]}"
		demo_files_check "$nn-$step"
		[ -n "$(helper_pid)" ] || fail "the helper is gone"
		;;
	*) fail "unknown step $nn-$step" ;;
	esac
}

# demo_run_step NN STEP: demo_step with timing, a state snapshot and the
# screenshot checks; one line in steps.tsv (nn step start_s seconds result).
demo_run_step() {
	local nn=$1 step=$2 t0 t1 rc shot
	t0=$(date +%s%N)
	dlog "step $nn-$step"
	shot=$DEMO_STATE/shots/$nn-$step
	if [ -n "${DEMO_GUI:-}" ]; then
		python3 "$DEMO_PY" shot-check "$shot.png" "$shot.widgets" "$nn-$step" ||
			{ printf '%s\t%s\t%s\t%s\t%s\n' "$nn" "$step" $(((t0 - DEMO_T0) / 1000000)) 0 "FAILED (screenshot)" >>"$DEMO_OUT/steps.tsv"; return 1; }
		cp "$shot.png" "$shot.widgets" "$DEMO_OUT/shots/"
	fi
	# A subshell: fail() ends the step, not the caller (the hook server).
	(demo_step "$nn" "$step")
	rc=$?
	t1=$(date +%s%N)
	demo_snapshot "$nn-$step"
	printf '%s\t%s\t%s\t%s\t%s\n' "$nn" "$step" $(((t0 - DEMO_T0) / 1000000)) $(((t1 - t0) / 1000000)) \
		"$([ "$rc" = 0 ] && echo passed || echo "FAILED ($rc)")" >>"$DEMO_OUT/steps.tsv"
	return "$rc"
}

# --- the GUI's hook: the driver (unprivileged) asks, root answers ------------

demo_hook_server() {
	local req=$DEMO_STATE/hooks/req nn step reply rc
	while :; do
		read -r nn step reply <"$req" || continue
		[[ $nn =~ ^[0-9][0-9]$ && $step =~ ^[a-z-]+$ && $reply == "$DEMO_STATE/hooks/reply."* && -p $reply ]] || continue
		demo_run_step "$nn" "$step" >>"$DEMO_OUT/hooks.log" 2>&1
		rc=$?
		echo "$rc" >"$reply"
	done
}

demo_flow_gui() {
	local rc
	[ -x "$DEMO_DRIVER" ] || fail "no $DEMO_DRIVER (build the target dmremap-demo-driver)"
	DEMO_GUI=1
	demo_x_start
	mkdir -p "$DEMO_STATE/hooks"
	chown "$DEMO_USER:$DEMO_USER" "$DEMO_STATE/hooks"
	rm -f "$DEMO_STATE/hooks/req" && mkfifo -m 0622 "$DEMO_STATE/hooks/req"
	demo_hook_server &
	echo $! >"$DEMO_STATE/hooks.pid"
	dlog "driver as $DEMO_USER on $DEMO_DISPLAY"
	setpriv --reuid="$DEMO_USER" --regid="$DEMO_USER" --init-groups -- env -i \
		PATH=/usr/local/bin:/usr/bin:/bin HOME="$DEMO_STATE/home" XDG_RUNTIME_DIR="$DEMO_STATE/runtime" \
		DISPLAY="$DEMO_DISPLAY" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 DEMO_STATE="$DEMO_STATE" \
		"$DEMO_DRIVER" --out "$DEMO_STATE/shots" --main "$DEMO_MAIN" --spare "$DEMO_SPARE" \
		--step-hook "$DMREMAP_SRC/tests/lib/demo-hook.sh" --timeout "${DMREMAP_TEST_DEMO_TIMEOUT:-300}" \
		>"$DEMO_OUT/driver.log" 2>&1
	rc=$?
	cat "$DEMO_OUT/hooks.log" 2>/dev/null
	sed 's/^/# driver: /' "$DEMO_OUT/driver.log"
	[ "$rc" = 0 ] || fail "the driver failed (exit $rc): $(grep demo-fail "$DEMO_OUT/driver.log" | tail -1)"
	expect_eq "$(grep -c '^demo-step ' "$DEMO_OUT/driver.log")" "${#DEMO_STEPS[@]}" "steps the driver reported"
	expect_eq "$(grep -c 'passed$' "$DEMO_OUT/steps.tsv")" "${#DEMO_STEPS[@]}" "steps checked"
}

# demo_flow_cli: what the GUI does, with dmremapctl, and the same checks.
demo_flow_cli() {
	local s s2 map unit first count i
	for s in "${DEMO_STEPS[@]}"; do
		case $s in
		02-scan) ctl scan "$DEMO_MAIN" >/dev/null ;;
		07-created)
			ctl create "$DEMO_MAIN" "$DEMO_SPARE" --format >/dev/null
			# Remap what the scan found (the wizard's last stage).
			map=$(ctl map "$DEMO_MAIN")
			unit=$(jqr .unit_bytes <<<"$map")
			for s2 in $(jqr '.bad as $b | [range(0; $b | length; 2) | "\($b[.]):\($b[. + 1])"] | join(" ")' <<<"$map"); do
				first=${s2%%:*} count=${s2##*:}
				for i in $(seq 0 $((count - 1))); do
					ctl remap "$DEMO_NAME" $(((first + i) * unit / 512)) >/dev/null
				done
			done
			;;
		09-done)
			# The dashboard's "Accept loss" on the units that stayed pending.
			demo_accept_loss
			echo remapped >"$DEMO_STATE/mode-09"
			;;
		esac
		demo_run_step "${s%%-*}" "${s#*-}" || fail "step $s"
	done
}

demo_main() {
	set -u
	DEMO_OUT=$DMREMAP_OUT/demo
	DEMO_T0=$(date +%s%N)
	trap demo_world_stop EXIT
	demo_world_start
	if [ "${DMREMAP_TEST_DEMO_CLI:-0}" = 1 ]; then
		dlog "flow: dmremapctl (DMREMAP_TEST_DEMO_CLI=1)"
		echo cli >"$DEMO_OUT/flow"
		demo_flow_cli
	else
		dlog "flow: the GUI under Xvfb"
		echo gui >"$DEMO_OUT/flow"
		demo_flow_gui
	fi
	python3 "$DEMO_PY" report "$DEMO_OUT" || fail "report"
	dlog "done in $((($(date +%s%N) - DEMO_T0) / 1000000)) ms; report $DEMO_OUT/report.html"
}
