// How often to look at a running guest process. There is no push in the API: every look is a
// `get`, and every schedule trades detection lag against calls. The lag of a job that ends at age
// T is the time from T to the next look, plus that look's latency; so the gap between looks is a
// function of the process's age:
//
//   age < 110 ms         a look every 20 ms, not waiting for the previous answer (at most 3 in
//                        flight): short jobs are seen at once, and one slow answer delays nothing
//   110 ms .. 2 s        one look at a time, gap min(70% of age, 400 ms): lag <= 0.5 s up to 2 s
//   2 s ..               gap 40% of age, at most 4.5 s: long jobs cost few calls
//
// With 20 ms of latency that gives, as worst cases over every job length (bench/ sweeps them):
// lag <= ~45 ms up to 0.1 s; <= ~420 ms with <= 14 gets up to 2 s; <= ~4.5 s with <= ~32 gets up
// to 60 s. The 4.5 s cap keeps every look far inside the 5-minute window in which vCenter still
// reports the exit code. Jitter only ever shortens a gap, so it never breaks a lag bound.

/** The parameters of the process poll schedule (ms, and shares of the process's age). */
export const PROCESS_POLL_SCHEDULE = {
  /** Age below which looks overlap: one every `overlapGap` ms, whether or not answered yet. */
  overlapUntil: 110,
  /** Gap between overlapping looks. */
  overlapGap: 20,
  /** Most looks in flight at once while overlapping. */
  maxInFlight: 3,
  /** Gap as a share of the age, from `overlapUntil` to `knee`. */
  earlyShare: 0.7,
  /** Largest gap before `knee`: keeps the lag of jobs up to 2 s within 0.5 s. */
  earlyMaxGap: 400,
  /** Age from which the gap grows again. */
  knee: 2000,
  /** Gap as a share of the age, from `knee` on. */
  lateShare: 0.4,
  /** Largest gap ever. */
  maxGap: 4500,
  /** Share of a gap that is random; jitter only shortens a gap. */
  jitter: 0.1,
  /** Smallest sleep between an answer and the next look, once looks no longer overlap. */
  minSleep: 5,
} as const;

/**
 * The planned time between the starts of two looks at a process that has run `age` ms, in ms
 * (before jitter).
 */
export function processPollGap(age: number): number {
  const s = PROCESS_POLL_SCHEDULE;
  if (age < s.overlapUntil) return s.overlapGap;
  const gap = age < s.knee ? Math.min(s.earlyShare * age, s.earlyMaxGap) : s.lateShare * age;
  return Math.min(s.maxGap, Math.max(s.overlapGap, gap));
}

/** A gap with jitter applied: shortened by up to `jitter` of itself. */
export function jitteredGap(age: number, random: () => number = Math.random): number {
  return processPollGap(age) * (1 - PROCESS_POLL_SCHEDULE.jitter * random());
}

/**
 * The sleep after a look that started when the process was `age` ms old and took
 * `checkDuration` ms, once looks no longer overlap: the jittered gap minus the time the look
 * itself took, at least `minSleep`.
 */
export function processPollDelay(
  age: number,
  checkDuration: number,
  random: () => number = Math.random,
): number {
  return Math.max(
    PROCESS_POLL_SCHEDULE.minSleep,
    Math.round(jitteredGap(age, random) - checkDuration),
  );
}
