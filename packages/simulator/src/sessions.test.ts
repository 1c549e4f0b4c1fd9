import { describe, expect, test } from "vitest";
import { createSessionStore, type SessionEnd } from "./sessions.js";

function store(idleMs = 1000) {
  let clock = 0;
  const ended: SessionEnd[] = [];
  const sessions = createSessionStore(
    idleMs,
    (why) => ended.push(why),
    () => clock,
  );
  return { sessions, ended, advance: (ms: number) => (clock += ms) };
}

describe("createSessionStore", () => {
  test("issues distinct 32-hex-digit tokens", () => {
    const { sessions } = store();
    const tokens = new Set(Array.from({ length: 50 }, () => sessions.create("u").token));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32}$/);
  });

  test("keeps a session alive while it is used within the idle time", () => {
    const { sessions, advance } = store(1000);
    const { token } = sessions.create("u");
    for (let i = 0; i < 5; i++) {
      advance(900);
      expect(sessions.use(token)?.user).toBe("u");
    }
  });

  test("expires a session idle for longer than the idle time", () => {
    const { sessions, ended, advance } = store(1000);
    const { token } = sessions.create("u");
    advance(1001);
    expect(sessions.use(token)).toBeUndefined();
    expect(ended).toEqual(["expired"]);
    expect(sessions.size).toBe(0);
  });

  test("ends sessions on logout and on expireAll", () => {
    const { sessions, ended } = store();
    const a = sessions.create("a");
    sessions.create("b");
    sessions.end(a.token, "deleted");
    sessions.expireAll();
    expect(ended).toEqual(["deleted", "expired"]);
    expect(sessions.use(a.token)).toBeUndefined();
  });
});
