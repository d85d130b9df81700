// QEMU's option text: "head,key=value,flag", where ",," stands for a literal comma (so file
// names with commas survive, as bootConfigToArgv writes them).

/** Split QEMU option text "head,key=value,flag" (",," is a literal comma). */
export function splitOptions(text: string): { head: string; props: Map<string, string> } {
  const parts: string[] = [];
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ",") {
      if (text[i + 1] === ",") {
        cur += ",";
        i++;
        continue;
      }
      parts.push(cur);
      cur = "";
    } else {
      cur += text[i];
    }
  }
  parts.push(cur);
  const props = new Map<string, string>();
  for (const p of parts.slice(1)) {
    const eq = p.indexOf("=");
    props.set(eq < 0 ? p : p.slice(0, eq), eq < 0 ? "on" : p.slice(eq + 1));
  }
  return { head: parts[0], props };
}
