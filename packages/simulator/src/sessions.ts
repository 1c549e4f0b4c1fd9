import { randomBytes } from "node:crypto";

/** One vCenter session. */
export interface Session {
  readonly token: string;
  readonly user: string;
  readonly createdAt: Date;
  lastAccessedAt: Date;
}

/** Why a session ended, for the counters. */
export type SessionEnd = "deleted" | "expired";

/** vCenter sessions: random tokens, idle expiry, logout, expire-all. */
export interface SessionStore {
  /** Starts a session for a user and returns it. */
  create(user: string): Session;
  /** The live session of a token, refreshed; undefined when missing, ended or idle too long. */
  use(token: string | undefined): Session | undefined;
  /** Ends one session (logout or a random fault). */
  end(token: string, why: SessionEnd): void;
  /** Ends every session now. */
  expireAll(): void;
  /** Number of live sessions (idle ones that were not looked at since may still count). */
  readonly size: number;
}

/** Creates the session store; `onEnd` is told about each session that ends, and why. */
export function createSessionStore(
  idleMs: number,
  onEnd: (why: SessionEnd) => void,
  now: () => number = Date.now,
): SessionStore {
  const sessions = new Map<string, Session>();
  const end = (token: string, why: SessionEnd) => {
    if (sessions.delete(token)) onEnd(why);
  };
  return {
    create(user) {
      // 128 random bits, hex: the shape of a vCenter token, and unguessable.
      const token = randomBytes(16).toString("hex");
      const at = new Date(now());
      const session = { token, user, createdAt: at, lastAccessedAt: at };
      sessions.set(token, session);
      return session;
    },
    use(token) {
      if (token === undefined) return undefined;
      const session = sessions.get(token);
      if (session === undefined) return undefined;
      if (now() - session.lastAccessedAt.getTime() > idleMs) {
        end(token, "expired");
        return undefined;
      }
      session.lastAccessedAt = new Date(now());
      return session;
    },
    end,
    expireAll() {
      for (const token of [...sessions.keys()]) end(token, "expired");
    },
    get size() {
      return sessions.size;
    },
  };
}
