#!/usr/bin/env bash
# Run each tests/isa/bin/<name>.elf on QEMU and store the guest's serial
# output in tests/isa/golden/<name>.txt.
# Usage: tests/isa/record-golden.sh [name...]    (works from any directory)
#
# The CPU model is cortex-a57 and the machine virt (GICv2) unless one of the
# first five lines of src/<name>.S is
#     // qemu-cpu: <model>
#     // qemu-machine: <machine options>      (e.g. virt,gic-version=3)
# and devices are added from
#     // qemu-args: -drive file=fixtures/x.img,... -device ...
# (image paths relative to tests/isa; tests/support/run-elf.ts gives the
# emulator the same options).
# Fails loudly if QEMU times out (every program must end with SYSTEM_OFF)
# or exits with a non-zero status, or if the transcript does not end with
# the "END" line printed by the common exit path.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

QEMU=${QEMU:-qemu-system-aarch64}
mkdir -p golden

if [ $# -gt 0 ]; then
    names=("$@")
else
    names=()
    for f in bin/*.elf; do
        names+=("$(basename "$f" .elf)")
    done
fi

fail=0
for n in "${names[@]}"; do
    elf="bin/$n.elf"
    [ -f "$elf" ] || { echo "record-golden.sh: missing $elf (run build.sh)" >&2; exit 1; }
    cpu=cortex-a57
    machine=virt
    extra=()
    if [ -f "src/$n.S" ]; then
        while IFS= read -r line; do
            if [[ "$line" =~ ^//[[:space:]]*qemu-cpu:[[:space:]]*([A-Za-z0-9._-]+) ]]; then
                cpu=${BASH_REMATCH[1]}
            elif [[ "$line" =~ ^//[[:space:]]*qemu-machine:[[:space:]]*([A-Za-z0-9.,=_-]+) ]]; then
                machine=${BASH_REMATCH[1]}
            elif [[ "$line" =~ ^//[[:space:]]*qemu-args:[[:space:]]*(.*)$ ]]; then
                read -r -a extra <<<"${BASH_REMATCH[1]}"
            fi
        done < <(head -n 5 "src/$n.S")
    fi
    out="golden/$n.txt"
    tmp="$out.tmp"
    set +e
    timeout 20 "$QEMU" -M "$machine" -cpu "$cpu" -m 256 -nographic \
        -monitor none -serial stdio -kernel "$elf" "${extra[@]}" </dev/null >"$tmp" 2>"$tmp.err"
    rc=$?
    set -e
    if [ $rc -eq 124 ]; then
        echo "FAIL $n: QEMU timed out (no SYSTEM_OFF?)" >&2
        fail=1; rm -f "$tmp" "$tmp.err"; continue
    fi
    if [ $rc -ne 0 ]; then
        echo "FAIL $n: QEMU exited with status $rc:" >&2
        cat "$tmp.err" >&2
        fail=1; rm -f "$tmp" "$tmp.err"; continue
    fi
    if [ -s "$tmp.err" ]; then
        echo "warning $n: QEMU stderr:" >&2
        cat "$tmp.err" >&2
    fi
    rm -f "$tmp.err"
    if [ "$(tail -n 1 "$tmp")" != "END" ]; then
        echo "FAIL $n: transcript does not end with END" >&2
        fail=1
    fi
    if grep -q "UNEXPECTED EXCEPTION" "$tmp"; then
        echo "FAIL $n: unexpected exception" >&2
        fail=1
    fi
    mv "$tmp" "$out"
    echo "recorded $out ($(wc -l <"$out") lines, cpu=$cpu, machine=$machine)"
done
exit $fail
