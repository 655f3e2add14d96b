#!/bin/bash
# kmod/scripts/checkpatch.sh [OUTDIR]
#
# Runs the kernel's scripts/checkpatch.pl (--no-tree, strict) over kmod/*.c
# and kmod/*.h. checkpatch.pl and its data files (spelling.txt,
# const_structs.checkpatch) come from Debian's linux-source-6.12 package,
# fetched with apt-get download inside the build root and unpacked into
# OUTDIR (default build-checkpatch/); nothing of it is kept in the tree.
# Run inside the build root: tools/buildroot run -- kmod/scripts/checkpatch.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
kmod=$(cd "$here/.." && pwd)
out=${1:-$kmod/../build-checkpatch}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cp_dir=$out/linux/scripts
if [ ! -x "$cp_dir/checkpatch.pl" ]; then
	# Private package lists and cache: the build root stays untouched.
	apt=(apt-get -q -o Dir::State::Lists="$out/apt/lists" -o Dir::Cache="$out/apt/cache"
		-o Debug::NoLocking=1 -o APT::Sandbox::User=root)
	mkdir -p "$out/apt/lists/partial" "$out/apt/cache/archives/partial"
	if ! ls "$out"/linux-source-6.12_*.deb >/dev/null 2>&1; then
		"${apt[@]}" update >/dev/null
		(cd "$out" && "${apt[@]}" download linux-source-6.12)
	fi
	deb=$(ls "$out"/linux-source-6.12_*.deb | head -1)
	rm -rf "$out/deb"
	mkdir -p "$out/deb" "$out/linux"
	dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$out/deb" --wildcards './usr/src/linux-source-6.12.tar.*'
	tarball=$(ls "$out"/deb/usr/src/linux-source-6.12.tar.* | head -1)
	tar -xf "$tarball" -C "$out/linux" --strip-components=1 \
		linux-source-6.12/scripts/checkpatch.pl linux-source-6.12/scripts/spelling.txt \
		linux-source-6.12/scripts/const_structs.checkpatch
	rm -rf "$out/deb"
fi
cd "$kmod"
"$cp_dir/checkpatch.pl" --no-tree --strict --terse --show-types \
	--ignore SPDX_LICENSE_TAG,FILE_PATH_CHANGES \
	-f ./*.c ./*.h
