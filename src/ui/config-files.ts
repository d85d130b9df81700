// The files a boot configuration names, and renaming one of them throughout.
import type { BootConfig } from "../emulator/boot-config";

/** The names of the files a configuration boots from (drives excluded). */
export function bootFileNames(config: BootConfig): string[] {
  const names = new Set<string>();
  for (const name of [config.kernel, config.initrd, config.dtb]) if (name !== undefined) names.add(name);
  for (const loader of config.loaders) if (loader.kind === "file") names.add(loader.file);
  return [...names];
}

/** `config` with every mention of file `from` changed to `to`. */
export function renameFile(config: BootConfig, from: string, to: string): BootConfig {
  const swap = (name: string | undefined) => (name === from ? to : name);
  const renamed: BootConfig = {
    ...config,
    loaders: config.loaders.map((l) => (l.kind === "file" && l.file === from ? { ...l, file: to } : l)),
    drives: config.drives.map((d) => (d.file === from ? { ...d, file: to } : d)),
  };
  for (const slot of ["kernel", "initrd", "dtb"] as const) {
    const name = swap(config[slot]);
    if (name !== undefined) renamed[slot] = name;
  }
  return renamed;
}

/** `wanted` if `isTaken` says it is free, else the first free "wanted (2)", "wanted (3)", ...
 *  (`label` goes in front of the number: "wanted (link 2)"). */
export function freeName(wanted: string, isTaken: (name: string) => boolean, label = ""): string {
  if (!isTaken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${label}${n})`;
    if (!isTaken(candidate)) return candidate;
  }
}
