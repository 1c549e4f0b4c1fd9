/** vCenter managed-object ids of VMs look like `vm-42`; anything else is a name. */
export function isVmId(text: string): boolean {
  return /^vm-\d+$/.test(text);
}
