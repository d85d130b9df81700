// The "paste a QEMU command" box: shell word splitting, the command lines of
// /shared/USERS.md's workflows, and a clear message for everything the page cannot do.
import { describe, test, expect } from "vitest";
import { parseQemuCommand, fileBaseName } from "../../src/ui/qemu-command";
import { splitShellWords } from "../../src/ui/shell-words";
import { parseArgs } from "../../src/cli/args";
import { defaultBootConfig } from "../../src/emulator/boot-config";

const words = (text: string): string[] => splitShellWords(text).map((w) => w.text);

describe("shell words", () => {
  test.each([
    ["blanks, tabs and newlines separate words", "  -m\t1G \n\n -nographic  ", ["-m", "1G", "-nographic"]],
    ["single quotes keep everything", `-append 'a "b" \\c $X'`, ["-append", 'a "b" \\c $X']],
    ["double quotes keep blanks; \\ escapes only $ \` \" \\", `-append "x \\"y\\" \\$HOME \\n \\\\"`, ["-append", 'x "y" $HOME \\n \\']],
    ["quotes join with the text around them", `file='a b'"c d"e`, ["file=a bc de"]],
    ["an empty quoted word is a word", `-append "" -m ''`, ["-append", "", "-m", ""]],
    ["backslash escapes outside quotes", "my\\ kernel \\'q\\' \\#x", ["my kernel", "'q'", "#x"]],
    ["backslash-newline continues the line", "-m 1G \\\n  -kernel \\\nImage", ["-m", "1G", "-kernel", "Image"]],
    ["backslash-newline inside a word joins it", "vmlin\\\nuz", ["vmlinuz"]],
    ["backslash-newline inside double quotes disappears", `"con\\\nsole"`, ["console"]],
    ["blanks after a continuation backslash are forgiven", "-m 1G \\  \n -nographic", ["-m", "1G", "-nographic"]],
    ["Windows line ends", "-m 1G \\\r\n -nographic\r\n", ["-m", "1G", "-nographic"]],
    ["# starts a comment only at the start of a word", "# run it\n-kernel a#b # the kernel\n-m 1G", ["-kernel", "a#b", "-m", "1G"]],
    ["a lone $ is literal", "a$ $", ["a$", "$"]],
    ["$ before a quote inside double quotes is literal", `"a$" "$'"`, ["a$", "$'"]],
    ["no-break spaces from web pages are blanks", "-m\u00a01G", ["-m", "1G"]],
    ["~ and brackets are kept as written", "~/k/Image [x]", ["~/k/Image", "[x]"]],
  ])("%s", (_what, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test("words know their line and whether they start it", () => {
    expect(splitShellWords("a b \\\n c\n  d")).toEqual([
      { text: "a", line: 1, startsLine: true },
      { text: "b", line: 1, startsLine: false },
      { text: "c", line: 2, startsLine: false },
      { text: "d", line: 3, startsLine: true },
    ]);
  });

  test.each([
    ["-kernel $KERNEL", "line 1: the variable $KERNEL cannot be expanded here; write out its value"],
    ['-append "root=$ROOT"', "line 1: the variable $ROOT cannot be expanded here; write out its value"],
    ["-kernel ${OUT}/Image", "line 1: the parameter expansion ${OUT} cannot be expanded here; write out its value"],
    ["-kernel $1", "line 1: the special parameter $1 cannot be expanded here; write out its value"],
    ["-kernel $(pwd)/Image", "line 1: command substitution $(...) cannot be run here; write out its result"],
    ["-m $((512*2))", "line 1: arithmetic expansion $((...)) cannot be evaluated here; write out its value"],
    ["-kernel `ls *.elf`", "line 1: command substitution with backquotes (`...`) cannot be run here; write out its result"],
    ['-append "`date`"', "line 1: command substitution with backquotes (`...`) cannot be run here; write out its result"],
    ["-append $'a\\nb'", "line 1: bash's $'...' quoting is not supported; use plain '...' or \"...\" quotes"],
    ["-m 1G \\\n -nographic | tee log", "line 2: '|' (a pipe) needs a shell; paste only the qemu-system-aarch64 command"],
    ["-nographic 2>&1", "line 1: '2>&1' (a redirection) needs a shell; paste only the qemu-system-aarch64 command"],
    ["-nographic > boot.log", "line 1: '>' (a redirection) needs a shell; paste only the qemu-system-aarch64 command"],
    ["-nographic < /dev/null", "line 1: '<' (a redirection) needs a shell; paste only the qemu-system-aarch64 command"],
    ["make && qemu-system-aarch64", "line 1: '&&' (a command list) needs a shell; paste only the qemu-system-aarch64 command"],
    ["-nographic; echo done", "line 1: ';' (a command list) needs a shell; paste only the qemu-system-aarch64 command"],
    ["-nographic &", "line 1: '&' (a background job) needs a shell; paste only the qemu-system-aarch64 command"],
    ["(cd x)", "line 1: '(' (a subshell) needs a shell; paste only the qemu-system-aarch64 command"],
    ["-kernel build/*.elf", "line 1: '*' is a file-name pattern the page cannot expand; write the file name out (or quote the '*')"],
    ["-append 'console=ttyAMA0", "line 1: this single quote (') is never closed"],
    ['-m 1G \\\n-append "console=ttyAMA0\n-nographic', 'line 2: this double quote (") is never closed'],
    ["-append \u201cconsole=ttyAMA0\u201d", "line 1: the typographic quote '\u201c' is not a shell quote; replace it with ' or \""],
  ])("%s is an error", (text, message) => {
    expect(() => splitShellWords(text)).toThrow(message);
  });

  test("quoted shell characters are plain text", () => {
    expect(words(`-append 'a | b > c; $(d) \`e\` *' "f && g *"`)).toEqual(["-append", "a | b > c; $(d) `e` *", "f && g *"]);
  });
});

describe("the command lines of USERS.md", () => {
  test("workflow 1 (boot-environment developers): networking is a clear error", () => {
    const text = `qemu-system-aarch64 -M virt -cpu host -accel hvf -m 1024 \\
  -kernel build/kernel/vmlinuz-arm64 -initrd build/initramfs/initramfs-arm64.img \\
  -append "console=ttyAMA0 phase.mode=internet" \\
  -netdev user,id=net0 -device virtio-net-pci,netdev=net0 -nographic`;
    expect(() => parseQemuCommand(text)).toThrow("-netdev: networking is not available");
  });

  test("workflow 1 without networking", () => {
    const text = `qemu-system-aarch64 -M virt -cpu host -accel hvf -m 1024 \\
  -kernel build/kernel/vmlinuz-arm64 -initrd build/initramfs/initramfs-arm64.img \\
  -append "console=ttyAMA0 phase.mode=internet" \\
  -nographic`;
    const pasted = parseQemuCommand(text);
    expect(pasted.config).toEqual({
      ...defaultBootConfig(), cpu: "max", memoryBytes: 1024 * 2 ** 20,
      kernel: "build/kernel/vmlinuz-arm64", initrd: "build/initramfs/initramfs-arm64.img",
      append: "console=ttyAMA0 phase.mode=internet",
    });
    expect(pasted.notices).toEqual([
      "-cpu host: using 'max' (the playground emulates; there is no host CPU to pass through)",
      "-accel hvf ignored: the playground always emulates",
    ]);
    expect(pasted.files).toEqual([
      { role: "kernel", path: "build/kernel/vmlinuz-arm64", baseName: "vmlinuz-arm64" },
      { role: "initrd", path: "build/initramfs/initramfs-arm64.img", baseName: "initramfs-arm64.img" },
    ]);
  });

  test("workflow 2 (hobby OS developers)", () => {
    const text = `qemu-system-aarch64 -M virt -cpu cortex-a72 -m 1024 -nographic \\
  -kernel target/aarch64-breenix/release/kernel.elf -serial mon:stdio`;
    const pasted = parseQemuCommand(text);
    expect(pasted.config).toEqual({
      ...defaultBootConfig(), cpu: "cortex-a72", memoryBytes: 1024 * 2 ** 20, kernel: "target/aarch64-breenix/release/kernel.elf",
    });
    expect(pasted.notices).toEqual([]);
    expect(pasted.files).toEqual([{ role: "kernel", path: "target/aarch64-breenix/release/kernel.elf", baseName: "kernel.elf" }]);
  });

  test("workflow 3 (hypervisor developers): EL2 is a clear error", () => {
    const text = `qemu-system-aarch64 -machine virt,virtualization=on,gic-version=3 -cpu max -smp 4 -m 1G -nographic \\
  -kernel target/aarch64-unknown-none/debug/hypervisor \\
  -device loader,file=guest/linux/Image,addr=0x48000000 \\
  -device loader,file=guest/linux/guest.dtb,addr=0x47000000 \\
  -device loader,file=guest/linux/initramfs.cpio.gz,addr=0x54000000 \\
  -device loader,file=guest/linux/disk.img,addr=0x58000000`;
    expect(() => parseQemuCommand(text)).toThrow("unsupported machine property 'virtualization'");
  });

  test("workflow 3 within what the playground has: loader files at fixed addresses", () => {
    const text = `qemu-system-aarch64 -machine virt,gic-version=3 -cpu max -m 1G -nographic \\
  -kernel target/aarch64-unknown-none/debug/hypervisor \\
  -device loader,file=guest/linux/Image,addr=0x48000000 \\
  -device loader,file=guest/linux/guest.dtb,addr=0x47000000 \\
  -device loader,file=guest/linux/initramfs.cpio.gz,addr=0x54000000 \\
  -device loader,file=guest/linux/disk.img,addr=0x58000000`;
    const pasted = parseQemuCommand(text);
    expect(pasted.config.machine.gicVersion).toBe(3);
    expect(pasted.config.loaders).toEqual([
      { kind: "file", file: "guest/linux/Image", addr: 0x48000000 },
      { kind: "file", file: "guest/linux/guest.dtb", addr: 0x47000000 },
      { kind: "file", file: "guest/linux/initramfs.cpio.gz", addr: 0x54000000 },
      { kind: "file", file: "guest/linux/disk.img", addr: 0x58000000 },
    ]);
    expect(pasted.files.map((f) => [f.role, f.baseName])).toEqual([
      ["kernel", "hypervisor"], ["loader", "Image"], ["loader", "guest.dtb"], ["loader", "initramfs.cpio.gz"], ["loader", "disk.img"],
    ]);
  });

  test("workflow 3's device-tree dump is for the command line", () => {
    expect(() => parseQemuCommand("qemu-system-aarch64 -machine virt,dumpdtb=virt.dtb -kernel k")).toThrow(
      "-M virt,dumpdtb=virt.dtb writes the device tree to a file instead of booting; run it on the command line, or drop dumpdtb to boot here",
    );
  });

  test("workflow 4 (container-OS image builders): virtio disks, booted with -kernel (no UEFI firmware yet)", () => {
    const text = `qemu-system-aarch64 -machine virt -m 2G -nographic -kernel out/Image \\
  -drive if=none,id=disk0,format=raw,file=out/os-image.img -device virtio-blk-device,drive=disk0 \\
  -drive file=out/data.img,format=raw,if=none,id=data,snapshot=on -device virtio-blk-device,drive=data`;
    const pasted = parseQemuCommand(text);
    expect(pasted.config.drives).toEqual([
      { id: "disk0", file: "out/os-image.img", format: "raw" },
      { id: "data", file: "out/data.img", format: "raw", snapshot: true },
    ]);
    expect(pasted.files.map((f) => [f.role, f.baseName])).toEqual([["kernel", "Image"], ["drive", "os-image.img"], ["drive", "data.img"]]);
  });

  test("workflow 4's -drive if=virtio is a clear error", () => {
    expect(() => parseQemuCommand("qemu-system-aarch64 -machine virt -kernel Image -drive file=os.img,format=raw,if=virtio")).toThrow(
      "-drive if=virtio: only if=none is supported (attach it with -device virtio-blk-device,drive=ID)",
    );
  });
});

describe("parseQemuCommand", () => {
  test("gives the config the CLI's parser gives for the same words", () => {
    const args = ["-M", "virt,gic-version=3", "-m", "256", "-kernel", "my kernel.elf", "-append", "a b", "-no-reboot", "-icount", "shift=2"];
    const pasted = parseQemuCommand(`qemu-system-aarch64 -M virt,gic-version=3 -m 256 -kernel 'my kernel.elf' -append "a b" -no-reboot -icount shift=2`);
    expect(pasted.config).toEqual(parseArgs(args).config);
  });

  test.each([
    ["a path to the program", "/opt/homebrew/bin/qemu-system-aarch64 -kernel k"],
    ["sudo and environment variables first", "sudo QEMU_AUDIO_DRV=none qemu-system-aarch64 -kernel k"],
    ["env", "env A=1 qemu-system-aarch64 -kernel k"],
    ["no program at all", "-kernel k"],
    ["the playground's own command line", "npx arm64-playground -kernel k"],
    ["Windows' qemu-system-aarch64.exe", "qemu-system-aarch64.exe -kernel k"],
  ])("accepts %s", (_what, text) => {
    expect(parseQemuCommand(text).config.kernel).toBe("k");
  });

  test("environment variables are ignored with a notice", () => {
    expect(parseQemuCommand("QEMU_AUDIO_DRV=none qemu-system-aarch64 -kernel k").notices).toEqual(["QEMU_AUDIO_DRV=…: environment variables are ignored"]);
  });

  test("--expect and --timeout are dropped with a notice; -help too", () => {
    const pasted = parseQemuCommand("arm64-playground -kernel k.elf --expect 'login: ' --timeout 30 -help");
    expect(pasted.config.expect).toBeUndefined();
    expect(pasted.config.timeoutSeconds).toBeUndefined();
    expect(pasted.notices).toEqual([
      "-help ignored (the command line prints its options with arm64-playground -help)",
      "--expect ignored: it ends command-line test runs; the page keeps the guest running",
      "--timeout ignored: it ends command-line test runs; the page keeps the guest running",
    ]);
  });

  test("-enable-kvm, -accel, -cpu host: notices from the shared parser", () => {
    const pasted = parseQemuCommand("qemu-system-aarch64 -enable-kvm -cpu host -kernel k");
    expect(pasted.config.cpu).toBe("max");
    expect(pasted.notices).toEqual([
      "-enable-kvm ignored: the playground always emulates",
      "-cpu host: using 'max' (the playground emulates; there is no host CPU to pass through)",
    ]);
  });

  test("a file named twice is listed twice under its roles", () => {
    const pasted = parseQemuCommand("qemu-system-aarch64 -kernel a/k.elf -device loader,file=a/k.elf");
    expect(pasted.files).toEqual([
      { role: "kernel", path: "a/k.elf", baseName: "k.elf" },
      { role: "loader", path: "a/k.elf", baseName: "k.elf" },
    ]);
  });

  test("a loader without a file names no file", () => {
    const pasted = parseQemuCommand("qemu-system-aarch64 -device loader,file=fw.bin,addr=0x40000000 -device loader,addr=0x40000000,cpu-num=0");
    expect(pasted.files).toEqual([{ role: "loader", path: "fw.bin", baseName: "fw.bin" }]);
  });

  test.each([
    ["", "no command: paste a qemu-system-aarch64 command line"],
    ["  # just a comment\n", "no command: paste a qemu-system-aarch64 command line"],
    ["sudo", "no command: paste a qemu-system-aarch64 command line"],
    ["qemu-system-x86_64 -kernel bzImage", "qemu-system-x86_64 emulates another architecture; the playground is an AArch64 machine (qemu-system-aarch64)"],
    ["/usr/bin/qemu-system-arm -kernel zImage", "qemu-system-arm emulates another architecture; the playground is an AArch64 machine (qemu-system-aarch64)"],
    ["qemu-aarch64 ./hello", "the command runs 'qemu-aarch64', not qemu-system-aarch64: paste a qemu-system-aarch64 command line"],
    ["sudo -E qemu-system-aarch64 -kernel k", "options of sudo ('-E') are not supported; paste the qemu-system-aarch64 command itself"],
    ["qemu-system-aarch64 -M virt,dumpdtb=v.dtb\nqemu-system-aarch64 -kernel k -dtb v.dtb", "line 2 starts another command (qemu-system-aarch64); paste one command at a time"],
    ["qemu-system-aarch64 -kernel k -bios QEMU_EFI.fd", "unsupported option '-bios'"],
    ["qemu-system-aarch64 -kernel k -m", "option -m needs a value"],
    ["qemu-system-aarch64 -kernel k Image", "unexpected argument 'Image'"],
    ["qemu-system-aarch64 -smp 4 -kernel k", "-smp 4: only one CPU is supported so far"],
    ["qemu-system-aarch64 -append console=ttyAMA0", "-append only allowed with -kernel option"],
    ["qemu-system-aarch64 -M virt -m 1G -nographic", "no kernel given (use -kernel FILE)"],
    ["qemu-system-aarch64 --demo", "--demo is for the command line; the page boots its demo guest when it opens"],
    ["qemu-system-aarch64 -kernel build/", "the kernel 'build/' names a folder, not a file"],
    ["qemu-system-aarch64 -kernel hv/Image -device loader,file=guest/Image,addr=0x48000000",
      "'hv/Image' and 'guest/Image' have the same name, and the page tells dropped files apart by name only; rename one"],
  ])("%j is an error", (text, message) => {
    expect(() => parseQemuCommand(text)).toThrow(message);
  });
});

test("fileBaseName", () => {
  expect(fileBaseName("build/kernel/vmlinuz-arm64")).toBe("vmlinuz-arm64");
  expect(fileBaseName("/abs/Image")).toBe("Image");
  expect(fileBaseName("Image")).toBe("Image");
});
