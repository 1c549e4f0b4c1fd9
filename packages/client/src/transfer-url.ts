import type { Target } from "./parse-target.js";

/**
 * A transfer URL ready to use: a `*` host means "the server you called", so it becomes the host
 * (and port and scheme) of the vCenter URL. An explicit port in the transfer URL is kept.
 *
 * @example
 * // vCenter answered "https://" + "*" + "/guestFile?id=1&token=t" to a client of https://vc.example.com
 * resolveTransferUrl(answer, target); // "https://vc.example.com/guestFile?id=1&token=t"
 */
export function resolveTransferUrl(url: string, target: Target): string {
  const match = /^(https?:)\/\/\*(:\d+)?(?=[/?#]|$)/i.exec(url);
  if (match === null) return url;
  const rest = url.slice(match[0].length);
  if (match[2] !== undefined) {
    const hostname = target.host.replace(/:\d+$/, "");
    return `${match[1]}//${hostname}${match[2]}${rest}`;
  }
  return `${target.protocol}//${target.host}${rest}`;
}
