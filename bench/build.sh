#!/usr/bin/env bash
# Rebuilds bench/bin/*.elf from bench/src with Debian's aarch64-linux-gnu cross compiler.
# General-purpose registers only for the integer programs; fp_* and simd_* use FP/AdvSIMD.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p bin
CC=aarch64-linux-gnu-gcc
CFLAGS="-O2 -ffreestanding -nostdlib -nostartfiles -mgeneral-regs-only -fno-pic -fno-stack-protector -fno-builtin -static -Wl,--build-id=none -Wl,--no-warn-rwx-segments"
for c in src/*.c; do
  name=$(basename "$c" .c)
  case "$name" in
    # fp_* and simd_* measure the FP/AdvSIMD unit: let the compiler vectorise.
    fp_*|simd_*) flags="${CFLAGS/-mgeneral-regs-only/} -O3 -march=armv8-a+simd" ;;
    *) flags="$CFLAGS" ;;
  esac
  $CC $flags -T link.ld -o "bin/$name.elf" src/start.S "$c"
done
echo "built: $(ls bin)"
