import type { ApiFlavor } from "@guestops/core";
import { BAD_REQUEST_ID, HTTP_NOT_FOUND_ID } from "./message-ids.js";
import type { Route } from "./routes.js";
import { VapiFault } from "./vapi-fault.js";

/** A route with its compiled path pattern. */
interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** A matched operation and its decoded path parameters. */
export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

/** Finds the operation of a request, honouring which flavor serves it. */
export type RouteMatcher = (method: string, url: URL) => RouteMatch;

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\{(\w+)\}/g, (_, name) => {
      names.push(name);
      // {path} is one percent-encoded segment, but unencoded slashes are accepted as well.
      return name === "path" ? "(.+)" : "([^/]+)";
    });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** The `action=x` or `~action=x` part of a request, as spec path keys spell it. */
function actionOf(url: URL): string | undefined {
  const action = url.searchParams.get("action");
  if (action !== null) return `action=${action}`;
  const tilde = url.searchParams.get("~action");
  return tilde === null ? undefined : `~action=${tilde}`;
}

function notFound(url: URL): VapiFault {
  return new VapiFault(
    "NOT_FOUND",
    HTTP_NOT_FOUND_ID,
    `No operation at ${url.pathname}${url.search}.`,
    { args: [url.pathname] },
  );
}

/**
 * Builds the matcher for a simulator flavor. An operation the flavor does not serve answers 404
 * NOT_FOUND, as vSphere 7.0 does for `/api/*` and 7.0 U2 for the `/rest` guest paths.
 * @throws VapiFault NOT_FOUND for no operation, INVALID_ARGUMENT for a bad percent-encoding
 */
export function createRouteMatcher(routes: readonly Route[], flavor: ApiFlavor): RouteMatcher {
  const compiled = routes.map(compile);
  return (method, url) => {
    const action = actionOf(url);
    for (const { route, pattern, names } of compiled) {
      if (route.method !== method || route.action !== action) continue;
      const found = pattern.exec(url.pathname);
      if (found === null) continue;
      if (!route.servedIn.includes(flavor)) throw notFound(url);
      const params: Record<string, string> = {};
      for (const [index, name] of names.entries()) {
        const raw = found[index + 1] ?? "";
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          throw new VapiFault("INVALID_ARGUMENT", BAD_REQUEST_ID, `Bad encoding in ${name}.`);
        }
      }
      return { route, params };
    }
    throw notFound(url);
  };
}
