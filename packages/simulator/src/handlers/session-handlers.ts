import { parseBasicAuth } from "../basic-auth.js";
import { type Call, done, type Handler, result } from "../call.js";
import { LOGIN_FAILED_ID, SESSION_AUTH_REQUIRED_ID } from "../message-ids.js";
import { secretEquals } from "../secret-equals.js";
import { VapiFault } from "../vapi-fault.js";

function login(call: Call): string {
  const { ctx } = call;
  const basic = parseBasicAuth(call.req.headers.authorization);
  if (basic === undefined) {
    ctx.stats.failedLogins += 1;
    throw new VapiFault("UNAUTHENTICATED", SESSION_AUTH_REQUIRED_ID, "Authentication required.");
  }
  const user = ctx.users.find((candidate) => candidate.username === basic.username);
  const ok = secretEquals(user?.password ?? "\u0000unknown", basic.password);
  if (user === undefined || !ok) {
    ctx.stats.failedLogins += 1;
    throw new VapiFault(
      "UNAUTHENTICATED",
      LOGIN_FAILED_ID,
      "Authentication failed: the user name or password is not valid.",
    );
  }
  ctx.stats.logins += 1;
  ctx.stats.sessions.created += 1;
  return ctx.sessions.create(user.username).token;
}

/** `POST /api/session` → 201 token; `POST /rest/com/vmware/cis/session` → 200 `{value}`. */
export const createSession: Handler = async (call) => result(call, login(call), 201);

/** `GET /api/session`, `POST /rest/com/vmware/cis/session?~action=get`. */
export const getSession: Handler = async (call) => {
  const session = call.session;
  if (session === undefined) throw new Error("getSession needs a session");
  return result(call, {
    user: session.user,
    created_time: session.createdAt.toISOString(),
    last_accessed_time: session.lastAccessedAt.toISOString(),
  });
};

/** `DELETE /api/session` → 204; `DELETE /rest/com/vmware/cis/session` → empty 200. */
export const deleteSession: Handler = async (call) => {
  if (call.session !== undefined) call.ctx.sessions.end(call.session.token, "deleted");
  return done(call);
};
