/**
 * A bounded async queue: producers wait while it is full, so a slow consumer holds the producers
 * back and memory stays flat. Iterating it yields items until it is closed (or throws its error).
 */
export class Channel<T> implements AsyncIterable<T> {
  readonly #capacity: number;
  readonly #items: T[] = [];
  #closed = false;
  #error: { readonly error: unknown } | undefined;
  #takers: Array<() => void> = [];
  #pushers: Array<() => void> = [];

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** Adds an item, waiting while the channel is full; drops it silently once closed. */
  async push(item: T): Promise<void> {
    while (this.#items.length >= this.#capacity && !this.#closed) {
      await new Promise<void>((resolve) => this.#pushers.push(resolve));
    }
    if (this.#closed) return;
    this.#items.push(item);
    this.#wake(this.#takers);
  }

  /** Ends the iteration after the buffered items; with an error, iteration then throws it. */
  close(error?: { readonly error: unknown }): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#error = error;
    this.#wake(this.#takers);
    this.#wake(this.#pushers);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.#items.length > 0) {
        const item = this.#items.shift() as T;
        this.#wake(this.#pushers);
        yield item;
        continue;
      }
      if (this.#closed) {
        if (this.#error !== undefined) throw this.#error.error;
        return;
      }
      await new Promise<void>((resolve) => this.#takers.push(resolve));
    }
  }

  #wake(waiters: Array<() => void>): void {
    const woken = waiters.splice(0);
    for (const wake of woken) wake();
  }
}
