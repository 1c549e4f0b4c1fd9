import { createClient, type GuestCredentials } from "@guestops/client";

/** A client of a test simulator, to set up guest processes without going through the CLI. */
export function guestClient(env: Record<string, string>) {
  const client = createClient({
    url: env.GUESTOPS_URL ?? "",
    username: env.GUESTOPS_USERNAME ?? "",
    password: env.GUESTOPS_PASSWORD ?? "",
    ...(env.GUESTOPS_CA_FILE ? { ca: env.GUESTOPS_CA_FILE } : {}),
  });
  const credentials: GuestCredentials = {
    type: "password",
    username: env.GUESTOPS_GUEST_USER ?? "root",
    password: env.GUESTOPS_GUEST_PASSWORD ?? "",
  };
  return { client, credentials };
}
