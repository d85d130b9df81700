// The figures `npm run bench:web` reads back from the status line's text (src/ui/status.ts
// describeStatus): the guest's instruction count and its MIPS.

/** "8.4 M instructions", "1.25 G instructions", "2,032 instructions" as a number. */
export function instructionsIn(text: string): number | undefined {
  const match = /([\d.,]+) (M |G )?instructions/.exec(text);
  if (!match) return undefined;
  const scale = match[2] === "G " ? 1e9 : match[2] === "M " ? 1e6 : 1;
  return Number(match[1].replace(/,/g, "")) * scale;
}

/** "97.7 MIPS" as a number. */
export function mipsIn(text: string): number | undefined {
  const match = /([\d.]+) MIPS/.exec(text);
  return match ? Number(match[1]) : undefined;
}
