type ForegroundWork = typeof import('./foreground-work');

/** The module loaded under fake timers, so its clock and timers are the test's. */
function load(): ForegroundWork {
  let mod: ForegroundWork | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('./foreground-work') as ForegroundWork;
  });
  return mod!;
}

/** Lets resolved promises run (no timer moves). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** Starts foreground work that lasts until the returned function is called. */
function upload(fw: ForegroundWork): { end: () => void; done: Promise<void> } {
  let end!: () => void;
  const done = fw.inForeground(() => new Promise<void>((resolve) => (end = resolve)));
  return { end, done };
}

describe('background loops and uploads in flight', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('does not pause a background loop when no upload is in flight', async () => {
    const fw = load();
    let yielded = false;
    void fw.yieldToForeground().then(() => (yielded = true));
    await settle();
    expect(yielded).toBe(true);
  });

  it('pauses after MIN_RUN_MS of work while an upload is in flight, until the upload ends', async () => {
    const fw = load();
    const u = upload(fw);
    expect(fw.foregroundInFlight()).toBe(1);
    jest.advanceTimersByTime(fw.MIN_RUN_MS);
    let resumed = false;
    void fw.yieldToForeground().then(() => (resumed = true));
    jest.advanceTimersByTime(fw.MAX_PAUSE_MS / 2);
    await settle();
    expect(resumed).toBe(false);
    u.end();
    await u.done;
    await settle();
    expect(fw.foregroundInFlight()).toBe(0);
    expect(resumed).toBe(true);
  });

  it('does not pause before MIN_RUN_MS of work, and never for longer than MAX_PAUSE_MS', async () => {
    const fw = load();
    const u = upload(fw);
    let yielded = false;
    // Straight after the loop last ran with nothing in flight: it keeps its slice.
    void fw.yieldToForeground().then(() => (yielded = true));
    await settle();
    expect(yielded).toBe(true);

    jest.advanceTimersByTime(fw.MIN_RUN_MS);
    let resumed = false;
    void fw.yieldToForeground().then(() => (resumed = true));
    jest.advanceTimersByTime(fw.MAX_PAUSE_MS - 1);
    await settle();
    expect(resumed).toBe(false);
    jest.advanceTimersByTime(1);
    await settle();
    expect(resumed).toBe(true);

    // The upload still runs: the loop gets another MIN_RUN_MS slice before it pauses again (it
    // only lets the event loop run, as any long loop does).
    let again = false;
    void fw.yieldToForeground().then(() => (again = true));
    jest.advanceTimersByTime(0);
    await settle();
    expect(again).toBe(true);
    u.end();
    await u.done;
  });

  it('counts overlapping uploads: the loop waits for the last one', async () => {
    const fw = load();
    const a = upload(fw);
    const b = upload(fw);
    jest.advanceTimersByTime(fw.MIN_RUN_MS);
    let resumed = false;
    void fw.yieldToForeground().then(() => (resumed = true));
    a.end();
    await a.done;
    await settle();
    expect(resumed).toBe(false);
    b.end();
    await b.done;
    await settle();
    expect(resumed).toBe(true);
  });

  it("passes on the foreground work's result and its failure", async () => {
    const fw = load();
    await expect(fw.inForeground(async () => 42)).resolves.toBe(42);
    await expect(
      fw.inForeground(async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(fw.foregroundInFlight()).toBe(0);
  });

  it('tells a burst of uploads: in flight or finished less than the given time ago', async () => {
    const fw = load();
    expect(fw.foregroundRecently(1000)).toBe(false);
    const u = upload(fw);
    expect(fw.foregroundRecently(1000)).toBe(true);
    u.end();
    await u.done;
    jest.advanceTimersByTime(999);
    expect(fw.foregroundRecently(1000)).toBe(true);
    jest.advanceTimersByTime(2);
    expect(fw.foregroundRecently(1000)).toBe(false);
  });
});
