/**
 * The action part of an advice sentence, for the end of an error message: what follows
 * "situation: ", without the final period, starting lower-case unless it starts with a name
 * ("VMware", "VM").
 *
 * @example
 * actionOf("VMware Tools is not running: start Tools or wait for the guest to boot.");
 * // "start Tools or wait for the guest to boot"
 */
export function actionOf(advice: string): string {
  const colon = advice.indexOf(": ");
  const action = (colon === -1 ? advice : advice.slice(colon + 2)).trim().replace(/\.$/, "");
  const [first = "", second = ""] = action;
  return second === second.toLowerCase() ? first.toLowerCase() + action.slice(1) : action;
}
