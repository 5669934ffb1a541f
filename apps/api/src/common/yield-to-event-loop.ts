/**
 * Cooperative yielding for CPU loops that must stay on the main thread (the claim index lives in
 * this process's memory): after `budgetMs` of work the loop lets health checks and requests run.
 * One slice clock per process is enough: whichever loop notices the budget is spent yields.
 */
let sliceStart = performance.now();

export async function yieldToEventLoop(budgetMs = 15): Promise<void> {
  if (performance.now() - sliceStart < budgetMs) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  sliceStart = performance.now();
}
