/** One pending deadline. */
export interface Deadline {
  /** When it expires, in `Date.now()` ms. */
  readonly at: number;
  /** Called once when it expires (unless removed first). */
  readonly onExpire: () => void;
}

/**
 * Per-call timeouts on one timer. A `setTimeout`/`clearTimeout` pair per call costs a libuv timer
 * start and stop each time (the call's timer is alone in its list); here one unref'd timer stays
 * armed for the earliest deadline, a finished call only leaves the set, and a firing timer expires
 * what is due and re-arms for the next. Uses `setTimeout` and `Date.now()`, so fake timers drive it.
 */
export class Deadlines {
  readonly #pending = new Set<Deadline>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #armedFor = Number.POSITIVE_INFINITY;

  /** Calls `onExpire` in `ms` unless {@link remove} is called first. */
  add(ms: number, onExpire: () => void): Deadline {
    const deadline = { at: Date.now() + ms, onExpire };
    this.#pending.add(deadline);
    if (deadline.at < this.#armedFor) this.#arm(deadline.at);
    return deadline;
  }

  /** Forgets a deadline (its call finished). */
  remove(deadline: Deadline): void {
    this.#pending.delete(deadline);
  }

  #arm(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#armedFor = at;
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, at - Date.now()));
    // Only a call in flight keeps the process alive, never the timeout of one.
    this.#timer.unref?.();
  }

  #fire(): void {
    this.#timer = undefined;
    this.#armedFor = Number.POSITIVE_INFINITY;
    const now = Date.now();
    let next = Number.POSITIVE_INFINITY;
    for (const deadline of this.#pending) {
      if (deadline.at <= now) {
        this.#pending.delete(deadline);
        deadline.onExpire();
      } else if (deadline.at < next) {
        next = deadline.at;
      }
    }
    if (next !== Number.POSITIVE_INFINITY) this.#arm(next);
  }
}
