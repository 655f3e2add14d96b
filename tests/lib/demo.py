#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Small helpers of the demo flow (tests/lib/demo.sh, tools/demo).

Subcommands (errors go to stderr with exit status 1):
  get EXPR                   evaluate EXPR on the JSON document on stdin (d);
                             lists and dicts print as compact JSON
  pairs UNIT BLOCK N...      bad units N (of BLOCK bytes) as the helper's flat
                             [first, count, ...] list in UNIT-byte units
  regions REGION BLOCK N...  how many REGION-byte regions hold those units
  remapped-units UNIT BLOCK  remap list (dmremapctl --json remaps) on stdin ->
                             sorted BLOCK-byte unit numbers that are remapped;
                             fails on a pending entry
  units STATE UNIT BLOCK     the same for entries in STATE (remapped, pending
                             or any), no failure on other states
  phys-block FILE LOGICAL [FILE LOGICAL ...]
                             physical block of a file's logical block
                             (filefrag), one line each
  shot-check PNG WIDGETS STEP [--full]
                             the screenshot is a valid PNG of a window, not
                             blank, and WIDGETS names the page STEP expects;
                             --full decodes every pixel and counts colours
                             (slow under emulation: tools/demo runs it on the
                             host)
  report DIR                 DIR/report.html and DIR/report.txt from
                             DIR/steps.tsv, DIR/state/*.json, DIR/shots/
"""
import html
import json
import os
import re
import struct
import subprocess
import sys
import zlib

# The page the application shows at each step, and object names that must
# be visible there (app/demo's .widgets files).
STEP_PAGES = {
    "01-drives": ("drives", ["driveList"]),
    "02-scan": ("drive", ["healthMapView"]),
    "03-healthmap": ("drive", ["healthMapView"]),
    "04-wizard-spare": ("wizard-spare", []),
    "05-wizard-options": ("wizard-options", []),
    "06-wizard-review": ("wizard-review", ["planText", "confirmCheck"]),
    "07-created": ("wizard-summary", ["createdDeviceName"]),
    "08-dashboard": ("dashboard", ["remappedCount"]),
    "09-done": ("dashboard", ["remappedCount", "eventLog"]),
}

# What the status bar says at a step (app/demo writes "status: ..." into the
# .widgets file): the module is not loaded before the wizard loads it, and
# the status bar must say so once it is.
STEP_STATUS = {
    "07-created": "kernel module is loaded",
    "08-dashboard": "kernel module is loaded",
    "09-done": "kernel module is loaded",
}
# The dashboard followed the new device during the workload of step 07: its
# chart holds writes and remaps, its event log more than the first line.
DASHBOARD_STEPS = ("08-dashboard",)


def die(msg):
    print(f"demo.py: {msg}", file=sys.stderr)
    sys.exit(1)


def cmd_get(args):
    d = json.load(sys.stdin)
    v = eval(args[0], {"d": d})  # test code: the expressions are ours
    print(json.dumps(v, separators=(",", ":")) if isinstance(v, (list, dict)) else v)


def unit_ranges(unit, block, units):
    spans = []
    for n in sorted(units):
        first, end = n * block // unit, -(-(n + 1) * block // unit)
        if spans and first <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([first, end])
    return spans


def cmd_pairs(args):
    unit, block, units = int(args[0]), int(args[1]), [int(x) for x in args[2:]]
    flat = []
    for a, b in unit_ranges(unit, block, units):
        flat += [a, b - a]
    print(json.dumps(flat, separators=(",", ":")))


def cmd_regions(args):
    region, block, units = int(args[0]), int(args[1]), [int(x) for x in args[2:]]
    print(len({n * block // region for n in units}))


def cmd_remapped_units(args):
    unit, block = int(args[0]), int(args[1])
    out = set()
    for e in json.load(sys.stdin):
        if e["state"] != "remapped":
            die(f"entry not remapped: {e}")
        out.add(int(e["main_unit"]) * unit // block)
    print(" ".join(str(x) for x in sorted(out)))


def cmd_units(args):
    state, unit, block = args[0], int(args[1]), int(args[2])
    out = set()
    for e in json.load(sys.stdin):
        if state in ("any", e["state"]):
            out.add(int(e["main_unit"]) * unit // block)
    print(" ".join(str(x) for x in sorted(out)))


def phys_block(path, logical):
    out = subprocess.run(["filefrag", "-v", path], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        m = re.match(r"\s*\d+:\s+(\d+)\.\.\s*(\d+):\s+(\d+)\.\.\s*(\d+):", line)
        if m:
            l0, l1, p0 = int(m[1]), int(m[2]), int(m[3])
            if l0 <= logical <= l1:
                return p0 + logical - l0
    die(f"{path}: no extent holds logical block {logical}")


def cmd_phys_block(args):
    # FILE LOGICAL [FILE LOGICAL ...]: one python start for all (seconds under TCG).
    if not args or len(args) % 2:
        die("phys-block FILE LOGICAL [FILE LOGICAL ...]")
    for i in range(0, len(args), 2):
        print(phys_block(args[i], int(args[i + 1])))


def png_read(path):
    """(width, height, channels, filtered rows bytes) of an 8-bit RGB(A) PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]:
            raise ValueError(f"bad CRC in chunk {kind!r}")
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if not ihdr:
        raise ValueError("no IHDR")
    w, h, depth, ctype, _, _, interlace = ihdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {ctype}, interlace {interlace})")
    ch = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    if len(raw) != h * (1 + w * ch):
        raise ValueError(f"image data is {len(raw)} bytes, expected {h * (1 + w * ch)}")
    return w, h, ch, raw


def png_colours(w, h, ch, raw, limit=1 << 20):
    """Distinct pixel values (every row decoded: filters 0-4)."""
    stride = w * ch
    prev = bytearray(stride)
    colours = set()
    for y in range(h):
        ft = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if ft == 1:
            for i in range(ch, stride):
                row[i] = (row[i] + row[i - ch]) & 255
        elif ft == 2:
            for i in range(stride):
                row[i] = (row[i] + prev[i]) & 255
        elif ft == 3:
            for i in range(stride):
                row[i] = (row[i] + ((row[i - ch] if i >= ch else 0) + prev[i]) // 2) & 255
        elif ft == 4:
            for i in range(stride):
                a = row[i - ch] if i >= ch else 0
                b = prev[i]
                c = prev[i - ch] if i >= ch else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        elif ft != 0:
            raise ValueError(f"row {y}: filter {ft}")
        colours.update(bytes(row[i:i + ch]) for i in range(0, stride, ch * 3))
        prev = row
        if len(colours) > limit:
            break
    return len(colours)


def cmd_shot_check(args):
    png, widgets, step = args[0], args[1], args[2]
    full = "--full" in args[3:]
    if step not in STEP_PAGES:
        die(f"unknown step {step}")
    page, names = STEP_PAGES[step]
    try:
        w, h, ch, raw = png_read(png)
    except (OSError, ValueError, zlib.error) as e:
        die(f"{png}: {e}")
    if w < 400 or h < 300:
        die(f"{png}: {w}x{h} is too small for the window")
    # Blank check without decoding: a one-colour image filters to (almost)
    # only zero bytes after the first pixel of each row.
    nonzero = len(raw) - raw.count(0)
    if nonzero < h * 16:
        die(f"{png}: blank ({nonzero} non-zero filtered bytes)")
    result = {"png": os.path.basename(png), "width": w, "height": h, "nonzero_filtered_bytes": nonzero}
    if full:
        n = png_colours(w, h, ch, raw)
        result["colours"] = n
        if n < 16:
            die(f"{png}: only {n} distinct colours: blank or nearly so")
    try:
        with open(widgets, encoding="utf-8") as f:
            lines = [x.strip() for x in f if x.strip()]
    except OSError as e:
        die(f"{widgets}: {e}")
    if not lines or lines[0] != f"page: {page}":
        die(f"{widgets}: first line {lines[:1]}, expected 'page: {page}' for step {step}")
    missing = [n for n in names if n not in lines[1:]]
    if missing:
        die(f"{widgets}: step {step} shows no {', '.join(missing)}")
    info = dict(x.split(": ", 1) for x in lines[1:] if ": " in x)
    if step in STEP_STATUS and STEP_STATUS[step] not in info.get("status", ""):
        die(f"{widgets}: the status bar says {info.get('status')!r} at step {step}, "
            f"expected {STEP_STATUS[step]!r}")
    if step in DASHBOARD_STEPS:
        m = re.fullmatch(r"samples (\d+) peak writes (\S+) errors (\S+) remaps (\S+)", info.get("chart", ""))
        if not m:
            die(f"{widgets}: no chart line on the dashboard")
        if float(m[2]) <= 0 or float(m[4]) <= 0:
            die(f"{widgets}: the rate chart shows no writes or no remaps ({info['chart']})")
        if int(info.get("events", "0")) < 2:
            die(f"{widgets}: the event log has {info.get('events')} line(s): no remap was logged")
        result["chart"] = info["chart"]
    result["page"] = page
    result["widgets"] = len(lines) - 1
    print(json.dumps(result))


def cmd_report(args):
    out = args[0]
    steps = []
    with open(os.path.join(out, "steps.tsv"), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) == 5:
                steps.append(p)
    flow = open(os.path.join(out, "flow")).read().strip() if os.path.exists(os.path.join(out, "flow")) else "?"
    txt = [f"dm-remap demo ({'the GUI under Xvfb' if flow == 'gui' else 'dmremapctl'})", ""]
    rows = []
    for nn, step, start, took, result in steps:
        key = f"{nn}-{step}"
        state = {}
        sp = os.path.join(out, "state", key + ".json")
        if os.path.exists(sp):
            try:
                with open(sp, encoding="utf-8") as f:
                    state = json.load(f)
            except ValueError:
                state = {}
        dev = state.get("device") or {}
        summary = "no remap device" if not dev else (
            f"{dev.get('Name')}: {dev.get('Main')} + {dev.get('Spare')}, state {dev.get('State')}, "
            f"remapped {dev.get('Remapped')}/{dev.get('Capacity')}, pending {dev.get('Pending')}, "
            f"write errors {dev.get('WriteErrors')}, auto remaps {dev.get('AutoRemaps')}")
        shot = os.path.join("shots", key + ".png")
        has_shot = os.path.exists(os.path.join(out, shot))
        txt.append(f"{key:20} at {int(start) / 1000:7.1f} s  took {int(took) / 1000:6.1f} s  {result:10}  {summary}"
                   + (f"  [{shot}]" if has_shot else ""))
        rows.append((key, int(start) / 1000, int(took) / 1000, result, summary, shot if has_shot else None))
    with open(os.path.join(out, "report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(txt) + "\n")
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>dm-remap demo</title>",
         "<style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 8px;border-bottom:1px solid #ccc;"
         "vertical-align:top}img{max-width:640px;border:1px solid #888}</style></head><body>",
         f"<h1>dm-remap demo</h1><p>Flow: {html.escape(flow)}. Times are from the start of the flow in the VM.</p>",
         "<table><tr><th>step</th><th>at (s)</th><th>took (s)</th><th>result</th><th>helper state</th>"
         "<th>screenshot</th></tr>"]
    for key, start, took, result, summary, shot in rows:
        img = f"<a href='{shot}'><img src='{shot}' alt='{key}'></a>" if shot else "—"
        h.append(f"<tr><td>{key}</td><td>{start:.1f}</td><td>{took:.1f}</td><td>{html.escape(result)}</td>"
                 f"<td>{html.escape(summary)}</td><td>{img}</td></tr>")
    h.append("</table></body></html>")
    with open(os.path.join(out, "report.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(h) + "\n")


COMMANDS = {
    "get": cmd_get, "pairs": cmd_pairs, "regions": cmd_regions, "remapped-units": cmd_remapped_units, "units": cmd_units,
    "phys-block": cmd_phys_block, "shot-check": cmd_shot_check, "report": cmd_report,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        die("usage: demo.py " + "|".join(COMMANDS) + " ARGS...")
    COMMANDS[sys.argv[1]](sys.argv[2:])
