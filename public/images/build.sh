#!/usr/bin/env bash
# Builds the demo guest of arm64-playground from Debian 12 packages only:
#   Image.gz           arm64 Linux kernel (linux-source-6.1, config in kernel.config)
#   initramfs.cpio.gz  BusyBox (busybox-static:arm64) plus the files in initramfs/
#   manifest.json      what the files are, their checksums and the source packages
# Missing Debian packages are installed with apt-get (needs root); nothing is
# fetched from anywhere but the configured Debian repositories.
#
# Environment: JOBS (make -j, default 2), BUILD_DIR (reuse and keep this
# directory instead of a fresh temporary one).
set -euo pipefail

images_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jobs=${JOBS:-2}
kernel_package=linux-source-6.1
busybox_package=busybox-static
host_packages=(build-essential gcc-aarch64-linux-gnu flex bison bc cpio gzip xz-utils "$kernel_package")
cross=aarch64-linux-gnu-
append="console=ttyAMA0 earlycon"

log() { printf '[build-images] %s\n' "$*" >&2; }

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

package_installed() {
	[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

install_host_packages() {
	local missing=() p
	for p in "${host_packages[@]}"; do
		package_installed "$p" || missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		log "installing ${missing[*]}"
		as_root apt-get update
		as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
	fi
	if ! dpkg --print-foreign-architectures | grep -qx arm64; then
		log "enabling the arm64 architecture in dpkg"
		as_root dpkg --add-architecture arm64
		as_root apt-get update
	elif ! apt-cache show "$busybox_package:arm64" >/dev/null 2>&1; then
		as_root apt-get update
	fi
}

# Date of the kernel package's latest changelog entry: used as the build
# timestamp so that rebuilding the same package versions gives the same bytes.
source_date() {
	zcat "/usr/share/doc/$kernel_package/changelog.Debian.gz" |
		awk '/^ -- / && !seen { sub(/^ -- .*>  /, ""); print; seen = 1 }'
}

configure_kernel() {
	local tree=$1 fragment=$images_dir/kernel.config line
	make -C "$tree" -s ARCH=arm64 CROSS_COMPILE=$cross KCONFIG_ALLCONFIG="$fragment" allnoconfig
	# allnoconfig silently drops options whose dependencies are not met.
	while IFS= read -r line; do
		case $line in ''|'#'*) continue ;; esac
		grep -qxF "$line" "$tree/.config" || { log "kernel.config: $line did not survive allnoconfig"; exit 1; }
	done < "$fragment"
}

build_kernel() {
	local tree=$1 timestamp=$2
	log "building the kernel in $tree (make -j$jobs)"
	KBUILD_BUILD_TIMESTAMP=$timestamp KBUILD_BUILD_USER=playground KBUILD_BUILD_HOST=debian \
		KBUILD_BUILD_VERSION=1 nice make -C "$tree" -s -j"$jobs" ARCH=arm64 CROSS_COMPILE=$cross Image.gz
}

download_busybox() {
	local work=$1
	rm -rf "$work/busybox" "$work"/${busybox_package}_*_arm64.deb
	(cd "$work" && apt-get -o APT::Sandbox::User=root download "$busybox_package:arm64" >&2)
	dpkg-deb -x "$work"/${busybox_package}_*_arm64.deb "$work/busybox"
}

# Lists the initramfs for the kernel's gen_init_cpio, which needs no root
# privileges for the console device node. BusyBox creates its applet
# symlinks at boot (`busybox --install -s` in /init).
initramfs_list() {
	local rootfs=$1 dir file
	for dir in /bin /sbin /usr /usr/bin /usr/sbin /dev /proc /sys /tmp /mnt /root /etc; do
		printf 'dir %s 0755 0 0\n' "$dir"
	done
	printf 'nod /dev/console 0600 0 0 c 5 1\n'
	printf 'file /bin/busybox %s 0755 0 0\n' "$rootfs/bin/busybox"
	printf 'slink /bin/sh busybox 0777 0 0\n'
	printf 'file /init %s 0755 0 0\n' "$rootfs/init"
	for file in profile passwd group inittab; do
		printf 'file /etc/%s %s 0644 0 0\n' "$file" "$rootfs/etc/$file"
	done
}

build_initramfs() {
	local tree=$1 work=$2 epoch=$3 rootfs=$2/rootfs
	cc -O2 -o "$work/gen_init_cpio" "$tree/usr/gen_init_cpio.c"
	rm -rf "$rootfs"
	mkdir -p "$rootfs/bin"
	cp -R "$images_dir/initramfs/." "$rootfs/"
	cp "$work/busybox/bin/busybox" "$rootfs/bin/busybox"
	# gen_init_cpio stores regular files with their own mtime.
	find "$rootfs" -exec touch -h -d "@$epoch" {} +
	initramfs_list "$rootfs" > "$work/initramfs.list"
	"$work/gen_init_cpio" -t "$epoch" "$work/initramfs.list" | gzip -n -9 > "$images_dir/initramfs.cpio.gz"
}

# "name version" of the Debian source package a .deb was built from.
source_of_deb() {
	local source version
	source=$(dpkg-deb -f "$1" Source)
	version=$(dpkg-deb -f "$1" Version)
	case $source in
		'') echo "$(dpkg-deb -f "$1" Package) $version" ;;
		*'('*) echo "$source" | sed 's/ *(\(.*\))/ \1/' ;;
		*) echo "$source $version" ;;
	esac
}

source_json() {
	local name=$1 version=$2 binary=$3 binary_version=$4 licence=$5 encoded
	encoded=$(printf '%s' "$version" | sed 's/:/%3A/g; s/+/%2B/g; s/~/%7E/g')
	printf '    { "package": "%s", "version": "%s", "binary": "%s", "binaryVersion": "%s", "license": "%s",\n' \
		"$name" "$version" "$binary" "$binary_version" "$licence"
	printf '      "apt": "apt-get source %s=%s", "url": "https://snapshot.debian.org/package/%s/%s/" }' \
		"$name" "$version" "$name" "$encoded"
}

file_json() {
	local name=$1 path=$images_dir/$1
	printf '    "%s": { "size": %s, "sha256": "%s" }' "$name" "$(stat -c %s "$path")" "$(sha256sum "$path" | cut -d' ' -f1)"
}

write_manifest() {
	local kernel_release=$1 busybox_deb=$2 kernel_version busybox_version glibc
	local kernel_source kernel_source_version bb_source bb_source_version g_name g_version
	kernel_version=$(dpkg-query -W -f='${Version}' "$kernel_package")
	read -r kernel_source kernel_source_version <<< "$(dpkg-query -W -f='${source:Package} ${source:Version}' "$kernel_package")"
	busybox_version=$(dpkg-deb -f "$busybox_deb" Version)
	read -r bb_source bb_source_version <<< "$(source_of_deb "$busybox_deb")"
	# busybox-static links glibc statically; Built-Using names its source.
	glibc=$(dpkg-deb -f "$busybox_deb" Built-Using | sed -n 's/^\(glibc\) (= \(.*\))$/\1 \2/p')
	{
		printf '{\n  "version": 1,\n  "kernel": "Image.gz",\n  "initrd": "initramfs.cpio.gz",\n'
		printf '  "append": "%s",\n  "kernelRelease": "%s",\n  "compiler": "%s",\n  "files": {\n' \
			"$append" "$kernel_release" "$(${cross}gcc --version | sed -n 1p)"
		file_json Image.gz; printf ',\n'
		file_json initramfs.cpio.gz; printf '\n  },\n  "sources": [\n'
		source_json "$kernel_source" "$kernel_source_version" "$kernel_package" "$kernel_version" GPL-2.0-only; printf ',\n'
		source_json "$bb_source" "$bb_source_version" "$busybox_package:arm64" "$busybox_version" GPL-2.0-only
		if [ -n "$glibc" ]; then
			printf ',\n'
			read -r g_name g_version <<< "$glibc"
			source_json "$g_name" "$g_version" "$busybox_package:arm64 (statically linked)" "$busybox_version" LGPL-2.1-or-later
		fi
		printf '\n  ]\n}\n'
	} > "$images_dir/manifest.json"
}

main() {
	install_host_packages

	local work
	if [ -n "${BUILD_DIR:-}" ]; then
		work=$BUILD_DIR
		mkdir -p "$work"
	else
		work=$(mktemp -d)
		# $work is local to main: expand it now, not at exit
		trap "rm -rf '$work'" EXIT
	fi
	local tree=$work/$kernel_package
	if [ ! -d "$tree" ]; then
		log "unpacking /usr/src/$kernel_package.tar.xz"
		tar -xf "/usr/src/$kernel_package.tar.xz" -C "$work"
	fi
	local timestamp epoch
	timestamp=$(source_date)
	epoch=$(date -d "$timestamp" +%s)

	configure_kernel "$tree"
	build_kernel "$tree" "$timestamp"
	cp "$tree/arch/arm64/boot/Image.gz" "$images_dir/Image.gz"

	download_busybox "$work"
	build_initramfs "$tree" "$work" "$epoch"

	write_manifest "$(cat "$tree/include/config/kernel.release")" "$work"/${busybox_package}_*_arm64.deb
	log "done: $(cd "$images_dir" && ls -l Image.gz initramfs.cpio.gz manifest.json | awk '{print $5, $9}' | tr '\n' ' ')"
}

main "$@"
