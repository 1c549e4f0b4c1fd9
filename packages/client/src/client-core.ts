import type { VcenterPaths } from "@guestops/core";
import type { Client } from "openapi-fetch";
import type { Deadlines } from "./deadlines.js";
import type { GuestFamily } from "./domain.js";
import type { Target } from "./parse-target.js";
import type { Session } from "./session.js";
import type { TransportSettings } from "./transport.js";

/** What every operation of one client shares. Internal: not exported from the package. */
export interface ClientCore {
  /** The typed openapi-fetch client. */
  readonly http: Client<VcenterPaths>;
  /** Where vCenter is. */
  readonly target: Target;
  /** Default per-call timeout in ms. */
  readonly timeout: number;
  /** Fetch, dispatcher, dry run, trail. */
  readonly transport: TransportSettings;
  /** The vCenter session. */
  readonly session: Session;
  /** The client's own secrets (vCenter password, session ids), for scrubbing error text. */
  readonly secrets: () => readonly string[];
  /** The per-call timeouts. */
  readonly deadlines: Deadlines;
  /** Guest OS families learnt from `getVm`, by VM id. */
  readonly guestFamilies: Map<string, GuestFamily>;
  /** Set by `close()`: later calls are refused before sending. */
  closed: boolean;
}
