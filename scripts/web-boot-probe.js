// Page-side probe of `npm run bench:web`, installed with Playwright's addInitScript so it runs
// in every document before the page's own scripts. It timestamps, in milliseconds since the
// tab's first navigation started (kept in sessionStorage across the service worker's reload),
// every text the status line shows and the first screen frame that shows kernel output and
// the shell prompt, and the main thread's long tasks. It watches xterm's rendered rows (.xterm-rows, redrawn every animation
// frame) and not its accessibility tree, which xterm refreshes at most once a second.
(() => {
  if (!location.protocol.startsWith("http")) return;
  const START_KEY = "bench-web:navigation-start";
  const stored = sessionStorage.getItem(START_KEY);
  const navigationStart = stored === null ? performance.timeOrigin : Number(stored);
  if (stored === null) sessionStorage.setItem(START_KEY, String(navigationStart));
  const now = () => performance.timeOrigin + performance.now() - navigationStart;

  const marks = {
    documentStart: now(),
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    /** Every distinct status line text: { t, phase, text }. */
    status: [],
    /** The first frame with a console row that is neither blank nor the playground's own line. */
    kernelOutput: undefined,
    /** Whether the kernel's first line was on screen in that frame (else it scrolled past). */
    firstLineShown: false,
    prompt: undefined,
    /** Tasks that kept the page's main thread busy over 50 ms: { t, ms }. */
    longTasks: [],
  };
  window.__benchWeb = marks;
  if (PerformanceObserver.supportedEntryTypes?.includes("longtask")) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) marks.longTasks.push({ t: performance.timeOrigin + e.startTime - navigationStart, ms: e.duration });
    }).observe({ type: "longtask", buffered: true });
  }

  let lastStatus = "";
  const observe = () => {
    const t = now();
    const status = document.querySelector(".status");
    if (status && status.textContent !== lastStatus) {
      lastStatus = status.textContent;
      marks.status.push({ t, phase: status.getAttribute("data-phase"), text: lastStatus });
    }
    if (marks.prompt !== undefined) return;
    const rows = document.querySelector(".xterm-rows");
    if (!rows) return;
    for (const row of rows.children) {
      const text = row.textContent.replace(/\u00a0/g, " ").trim();
      if (text === "" || text.startsWith("[playground]")) continue;
      if (marks.kernelOutput === undefined) {
        marks.kernelOutput = t;
        marks.firstLineShown = rows.textContent.includes("Booting Linux on physical CPU");
      }
      if (text.startsWith("playground:~#")) marks.prompt = t;
    }
  };
  new MutationObserver(observe).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-phase"] });
})();
