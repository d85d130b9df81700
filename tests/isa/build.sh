#!/usr/bin/env bash
# Rebuild every tests/isa/bin/<name>.elf from tests/isa/src/<name>.S.
# Usage: tests/isa/build.sh [name...]      (works from any directory)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

AS=${AS:-aarch64-linux-gnu-as}
LD=${LD:-aarch64-linux-gnu-ld}

mkdir -p bin obj
trap 'rm -rf obj' EXIT

if [ $# -gt 0 ]; then
    names=("$@")
else
    names=()
    for f in src/*.S; do
        n=$(basename "$f" .S)
        names+=("$n")
    done
fi

for n in "${names[@]}"; do
    src="src/$n.S"
    [ -f "$src" ] || { echo "build.sh: no such test: $src" >&2; exit 1; }
    # Relative paths only, so the output does not depend on the checkout
    # location.  -march: Armv8.0-A + CRC (what cortex-a57 implements).
    "$AS" -march=armv8-a+crc -I src -o "obj/$n.o" "$src"
    "$LD" -nostdlib -static --build-id=none --no-warn-rwx-segments -n -T link.ld -o "bin/$n.elf" "obj/$n.o"
    echo "built bin/$n.elf"
done
