/*
 * How many pages and endpoints Astro rendered in this build, counted by rendered-count-middleware.ts
 * as each one renders and read by build-summary.ts at the end. The two run in one process but in
 * different module graphs (the build's bundle and the config's), so the count lives on globalThis.
 */

const COUNT = Symbol.for('service-stories:rendered-count');

type Counter = { [COUNT]?: number };

export function countRendered(): void {
  const counter = globalThis as Counter;
  counter[COUNT] = (counter[COUNT] ?? 0) + 1;
}

export function renderedCount(): number {
  return (globalThis as Counter)[COUNT] ?? 0;
}

export function resetRenderedCount(): void {
  (globalThis as Counter)[COUNT] = 0;
}
