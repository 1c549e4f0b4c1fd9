// Dry run: every request is recorded (redacted) instead of sent, and answered with a documented
// placeholder so that a caller can walk a whole sequence (login, resolve, create, wait, fetch
// output, clean up) and show it without contacting vCenter.
import type { DryRunEntry } from "./client-options.js";
import type { OperationName } from "./operation.js";
import { redactBody, redactHeaders, safeUrl } from "./redact.js";

/** The session id a dry-run login "returns". */
export const DRY_RUN_SESSION_ID = "dry-run-session";
/** The pid a dry-run `createProcess` "returns". */
export const DRY_RUN_PID = 0;
/** The time a dry-run process "started" and "finished". */
const EPOCH = "1970-01-01T00:00:00.000Z";

/** Records one request and returns the placeholder answer for it. */
export async function dryRunExchange(
  operation: OperationName,
  request: Request,
  log: DryRunEntry[],
): Promise<Response> {
  const body = await readBody(request);
  const entry: DryRunEntry = {
    operation,
    method: request.method,
    url: safeUrl(request.url),
    headers: redactHeaders(request.headers),
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : redactBody(body) }),
  };
  log.push(entry);
  return placeholder(request.method, new URL(request.url), body);
}

async function readBody(request: Request): Promise<unknown> {
  if (request.body === null) return undefined;
  const bytes = new Uint8Array(await request.arrayBuffer());
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return `[${bytes.byteLength} bytes]`;
    }
  }
  return `[${bytes.byteLength} bytes]`;
}

function placeholder(method: string, url: URL, body: unknown): Response {
  const path = url.pathname;
  const rest = path.startsWith("/rest/");
  const wrap = (value: unknown, status = rest ? 200 : 201) =>
    json(rest ? { value } : value, status);
  const action = url.searchParams.get("action");

  if (path.endsWith("/session")) {
    if (method === "POST") return wrap(DRY_RUN_SESSION_ID);
    if (method === "GET")
      return json({ user: "dry-run", created_time: EPOCH, last_accessed_time: EPOCH }, 200);
    return empty(rest ? 200 : 204);
  }
  if (path === "/guestFile") return method === "GET" ? new Response(new Uint8Array(0)) : empty(200);
  if (/\/vcenter\/vm$/.test(path)) return json(wrapIf(rest, dryRunVms(url.searchParams)), 200);
  if (path.endsWith("/tools")) {
    return json(
      { run_state: "RUNNING", upgrade_policy: "MANUAL", auto_update_supported: false },
      200,
    );
  }
  if (path.endsWith("/guest/operations")) {
    return json({ guest_operations_ready: true, interactive_guest_operations_ready: true }, 200);
  }
  if (path.endsWith("/guest/processes")) {
    if (action === "create") return wrap(DRY_RUN_PID);
    return json(wrapIf(rest, []), 200);
  }
  const process = /\/guest\/processes\/(\d+)$/.exec(path);
  if (process !== null) {
    if (action === "delete") return empty(rest ? 200 : 204);
    const info = {
      name: "dry-run",
      owner: "dry-run",
      command: "dry-run",
      started: EPOCH,
      finished: EPOCH,
      exit_code: 0,
    };
    return json(wrapIf(rest, rest ? { ...info, pid: Number(process[1]) } : info), 200);
  }
  if (path.endsWith("/guest/filesystem/files") && action === "createTemporary") {
    const fields = (typeof body === "object" && body !== null ? body : {}) as Record<
      string,
      unknown
    >;
    const parent = typeof fields.parent_path === "string" ? fields.parent_path : "/tmp";
    return json(
      `${parent.replace(/[\\/]+$/, "")}/${String(fields.prefix ?? "")}dry-run${String(fields.suffix ?? "")}`,
      200,
    );
  }
  if (path.includes("/guest/filesystem/files/")) return empty(204);
  if (path.endsWith("/guest/filesystem") && action === "create") {
    return json("https://*/guestFile?id=dry-run&token=dry-run", 201);
  }
  if (/\/vcenter\/vm\/[^/]+$/.test(path)) {
    const vm = decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
    return json(wrapIf(rest, { name: vm, power_state: "POWERED_ON", guest_OS: "OTHER" }), 200);
  }
  return empty(200);
}

/** `resolveVm(x)` in a dry run: every id and name asked for is a powered-on VM of that id/name. */
function dryRunVms(params: URLSearchParams): unknown[] {
  const ids = [...params.getAll("vms"), ...params.getAll("filter.vms")];
  const names = [...params.getAll("names"), ...params.getAll("filter.names")];
  return [
    ...ids.map((id) => ({ vm: id, name: id, power_state: "POWERED_ON" })),
    ...names.map((name) => ({ vm: name, name, power_state: "POWERED_ON" })),
  ];
}

function wrapIf(rest: boolean, value: unknown): unknown {
  return rest ? { value } : value;
}

function json(value: unknown, status: number): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function empty(status: number): Response {
  return new Response(null, { status });
}
