/** The PATH of the guest-default environment. */
export const GUEST_DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/**
 * The guest-dependent default environment, used when `environment_variables` is absent or empty:
 * small on purpose, so a test sees that nothing of the simulator's own environment leaks in.
 */
export function guestDefaultEnv(user: string, home: string): Record<string, string> {
  return {
    PATH: GUEST_DEFAULT_PATH,
    HOME: home,
    USER: user,
    LOGNAME: user,
    SHELL: "/bin/bash",
    LANG: "C.UTF-8",
  };
}

/** `environment_variables` as a map, whichever flavor sent it; empty means "defaults". */
export function environmentOf(
  sent: Readonly<Record<string, string>> | readonly { key: string; value: string }[] | undefined,
): Record<string, string> | undefined {
  if (sent === undefined) return undefined;
  const map: Record<string, string> = Array.isArray(sent)
    ? Object.fromEntries(sent.map(({ key, value }) => [key, value]))
    : { ...(sent as Record<string, string>) };
  return Object.keys(map).length === 0 ? undefined : map;
}
