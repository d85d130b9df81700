#!/usr/bin/env bash
# Rebuild the boot test inputs in bin/ from src/: dtbprobe as a Linux Image (plain and
# gzip), as an ELF, and as a raw binary for -device loader; the small initrd and user
# device tree. Works from any directory; the outputs are reproducible.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
AS=${AS:-aarch64-linux-gnu-as}
LD=${LD:-aarch64-linux-gnu-ld}
OBJCOPY=${OBJCOPY:-aarch64-linux-gnu-objcopy}
mkdir -p bin obj
trap 'rm -rf obj' EXIT
LDFLAGS=(-nostdlib -static --build-id=none --no-warn-rwx-segments -n)

"$AS" -march=armv8-a -o obj/dtbprobe.o src/dtbprobe.S
"$LD" "${LDFLAGS[@]}" -Ttext=0x40200000 -o bin/dtbprobe.elf obj/dtbprobe.o
"$OBJCOPY" -O binary bin/dtbprobe.elf bin/dtbprobe.Image
gzip -9 -n -c bin/dtbprobe.Image > bin/dtbprobe.Image.gz
"$LD" "${LDFLAGS[@]}" -Ttext=0x40400000 -o obj/dtbprobe-40400000.elf obj/dtbprobe.o
"$OBJCOPY" -O binary obj/dtbprobe-40400000.elf bin/dtbprobe-40400000.bin

"$AS" -march=armv8-a -o obj/reboot.o src/reboot.S
"$LD" "${LDFLAGS[@]}" -Ttext=0x40200000 -o bin/reboot.elf obj/reboot.o

# A 3000-byte "initrd" (its content does not matter, only where it lands), gzip-compressed.
head -c 3000 /dev/zero | tr '\0' 'i' | gzip -9 -n > bin/initrd.gz
# 16 bytes for -device loader,file=
printf 'loaded-by-loader' > bin/blob.bin
dtc -q -I dts -O dtb -o bin/user.dtb src/user.dts
echo "built tests/boot/bin"
