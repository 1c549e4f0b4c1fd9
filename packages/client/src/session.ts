// The vCenter session: logged in lazily, one login shared by every caller that needs it at the
// same time, renewed at most once per expiry however many callers saw the expiry together.
import type { FlavorOption } from "./client-options.js";
import type { Flavor } from "./domain.js";
import { InvalidRequestError } from "./invalid-request-error.js";
import type { OperationName } from "./operation.js";

/** A usable session: its id and the flavor it was made on. */
export interface SessionState {
  /** The session id (a secret: sent only in the `vmware-api-session-id` header). */
  readonly token: string;
  /** The flavor every call uses. */
  readonly flavor: Flavor;
  /** The header that carries the id, built once and shared by every call of the session. */
  readonly headers: Readonly<Record<string, string>>;
}

/** A session state for an id. */
export function sessionState(token: string, flavor: Flavor): SessionState {
  return { token, flavor, headers: { "vmware-api-session-id": token } };
}

/** The HTTP calls a session needs, supplied by the client. */
export interface SessionCalls {
  /** Logs in on a flavor; resolves `undefined` when that flavor's session endpoint answers 404. */
  login(flavor: Flavor, allowNotFound: boolean): Promise<string | undefined>;
  /** Tells the flavor of a supplied session id; `expired` when `/api` refuses the id. */
  probe(token: string): Promise<Flavor | "expired">;
  /** Ends a session. */
  logout(
    state: SessionState,
    signal: AbortSignal | undefined,
    timeout: number | undefined,
  ): Promise<void>;
}

/** Settings of a {@link Session}. */
export interface SessionSettings {
  /** The flavor option. */
  readonly flavor: FlavorOption;
  /** Whether a user name and password are available (so the session can be renewed). */
  readonly canLogin: boolean;
  /** A session id supplied by the caller. */
  readonly sessionId: string | undefined;
}

/** Holds the session; see the file comment. */
export class Session {
  #state: SessionState | undefined;
  #pending: Promise<SessionState> | undefined;
  #flavor: Flavor | undefined;
  #supplied: string | undefined;
  readonly #settings: SessionSettings;
  readonly #calls: SessionCalls;
  /** Every session id this client held, for scrubbing error text. */
  readonly seen: string[] = [];

  constructor(settings: SessionSettings, calls: SessionCalls) {
    this.#settings = settings;
    this.#calls = calls;
    this.#supplied = settings.sessionId;
    if (settings.flavor !== "auto") this.#flavor = settings.flavor;
    if (settings.sessionId !== undefined) {
      this.seen.push(settings.sessionId);
      if (this.#flavor !== undefined) this.#state = sessionState(settings.sessionId, this.#flavor);
    }
  }

  /** The current state, when a session is ready (the fast path of every call). */
  current(): SessionState | undefined {
    return this.#state;
  }

  /** The resolved flavor, once known. */
  flavor(): Flavor | undefined {
    return this.#flavor;
  }

  /** A usable session: the current one, the login in flight, or a new login. */
  ensure(operation: OperationName, signal: AbortSignal | undefined): Promise<SessionState> {
    if (this.#state !== undefined) return Promise.resolve(this.#state);
    return raceAbort(this.#shared(operation), signal);
  }

  /**
   * A session to replace `stale`, which the server declared expired. When another caller already
   * renewed it, that session is returned; otherwise one login runs for every caller.
   * Resolves `undefined` when the session cannot be renewed (no user name and password).
   */
  async renew(
    stale: SessionState,
    operation: OperationName,
    signal: AbortSignal | undefined,
  ): Promise<SessionState | undefined> {
    if (this.#state !== undefined && this.#state.token !== stale.token) return this.#state;
    if (this.#pending === undefined) {
      if (!this.#settings.canLogin) return undefined;
      if (this.#state?.token === stale.token) this.#state = undefined;
      this.#supplied = undefined;
    }
    return raceAbort(this.#shared(operation), signal);
  }

  /** Ends the session, if any; the next call logs in again. */
  async logout(signal: AbortSignal | undefined, timeout: number | undefined): Promise<void> {
    const state = this.#state ?? (this.#pending === undefined ? undefined : await this.#pending);
    if (state === undefined) return;
    this.#state = undefined;
    this.#supplied = undefined;
    await this.#calls.logout(state, signal, timeout);
  }

  #shared(operation: OperationName): Promise<SessionState> {
    if (this.#pending === undefined) {
      this.#pending = this.#establish(operation).then(
        (state) => {
          this.#state = state;
          this.#pending = undefined;
          if (!this.seen.includes(state.token)) this.seen.push(state.token);
          return state;
        },
        (error: unknown) => {
          this.#pending = undefined;
          throw error;
        },
      );
    }
    return this.#pending;
  }

  async #establish(operation: OperationName): Promise<SessionState> {
    const supplied = this.#supplied;
    if (supplied !== undefined) {
      // Only reached with flavor "auto": the id's flavor is unknown until asked.
      const probed = await this.#calls.probe(supplied);
      if (probed !== "expired") {
        this.#flavor = probed;
        return sessionState(supplied, probed);
      }
      this.#flavor = "api";
      this.#supplied = undefined;
    }
    if (!this.#settings.canLogin) {
      throw new InvalidRequestError({
        reason: "missingCredentials",
        operation,
        detail:
          supplied === undefined
            ? "no vCenter credentials: pass username and password (or a url with user:pass@), or a sessionId"
            : "the supplied sessionId has expired and there is no username and password to log in again",
      });
    }
    const flavor = this.#flavor;
    if (flavor !== undefined) {
      const token = await this.#calls.login(flavor, false);
      return sessionState(token as string, flavor);
    }
    const apiToken = await this.#calls.login("api", true);
    if (apiToken !== undefined) {
      this.#flavor = "api";
      return sessionState(apiToken, "api");
    }
    const restToken = await this.#calls.login("rest", false);
    this.#flavor = "rest";
    return sessionState(restToken as string, "rest");
  }
}

/** Waits for a shared promise, but lets one caller stop waiting (with its `signal.reason`). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
