// How often to look at a running guest process. There is no push in the API: every look is a
// `get`, and every schedule trades detection lag against calls. The worst-case lag of a job that
// ends at age T is the gap between the two looks around T plus one call's latency, so the gap is
// chosen as a function of the process's age:
//
//   age < 150 ms         gap 25 ms                     short jobs are seen at once
//   150 ms .. 2 s        gap min(60% of age, 450 ms)   lag <= 0.5 s up to 2 s, like govc
//   2 s ..               gap 40% of age, at most 4.5 s long jobs cost few calls
//
// With 20 ms of latency that gives, as worst cases over every job length (bench/ sweeps them):
// lag <= ~50 ms up to 0.15 s, <= ~470 ms with <= 13 gets up to 2 s, <= ~4.5 s with <= ~31 gets
// up to 60 s. The 4.5 s cap keeps every look far inside the 5-minute window in which vCenter
// still reports the exit code. Jitter only ever shortens a gap, so it never breaks a lag bound.

/** The parameters of the process poll schedule (ms and shares of the process's age). */
export const PROCESS_POLL_SCHEDULE = {
  /** Gap while the process is younger than `fastUntil`. */
  fastGap: 25,
  /** Age until which the gap stays `fastGap`. */
  fastUntil: 150,
  /** Gap as a share of the age, from `fastUntil` to `knee`. */
  earlyShare: 0.6,
  /** Largest gap before `knee`: keeps the lag of jobs up to 2 s within 0.5 s. */
  earlyMaxGap: 450,
  /** Age from which the gap grows again. */
  knee: 2000,
  /** Gap as a share of the age, from `knee` on. */
  lateShare: 0.4,
  /** Largest gap ever. */
  maxGap: 4500,
  /** Share of a gap that is random; jitter only shortens a gap. */
  jitter: 0.1,
  /** Smallest sleep between two looks, whatever the gap and the call's duration. */
  minSleep: 5,
} as const;

/**
 * The planned time between the starts of two looks at a process that has run `age` ms, in ms
 * (before jitter).
 */
export function processPollGap(age: number): number {
  const s = PROCESS_POLL_SCHEDULE;
  if (age < s.fastUntil) return s.fastGap;
  const gap = age < s.knee ? Math.min(s.earlyShare * age, s.earlyMaxGap) : s.lateShare * age;
  return Math.min(s.maxGap, Math.max(s.fastGap, gap));
}

/**
 * The sleep after a look that started when the process was `age` ms old and took
 * `checkDuration` ms: the jittered gap minus the time the look itself took, at least `minSleep`.
 */
export function processPollDelay(
  age: number,
  checkDuration: number,
  random: () => number = Math.random,
): number {
  const s = PROCESS_POLL_SCHEDULE;
  const gap = processPollGap(age) * (1 - s.jitter * random());
  return Math.max(s.minSleep, Math.round(gap - checkDuration));
}
