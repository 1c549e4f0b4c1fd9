import { describe, expect, test } from "vitest";
import { resolveTlsTrust, type TlsFlags } from "./tls-trust.js";

type Env = Record<string, string>;

describe("resolveTlsTrust", () => {
  test.each<[string, TlsFlags, Env, ReturnType<typeof resolveTlsTrust>]>([
    ["nothing set: the system CAs", {}, {}, { kind: "system" }],
    [
      "--ca-file beats GOVC_INSECURE=1",
      { caFile: "ca.pem" },
      { GOVC_INSECURE: "1" },
      { kind: "ca", source: "--ca-file", files: ["ca.pem"] },
    ],
    [
      "--ca-file beats GUESTOPS_INSECURE=1",
      { caFile: "ca.pem" },
      { GUESTOPS_INSECURE: "1" },
      { kind: "ca", source: "--ca-file", files: ["ca.pem"] },
    ],
    [
      "--insecure beats GUESTOPS_CA_FILE",
      { insecure: true },
      { GUESTOPS_CA_FILE: "ca.pem" },
      { kind: "insecure", source: "--insecure" },
    ],
    [
      "--insecure beats GOVC_TLS_CA_CERTS",
      { insecure: true },
      { GOVC_TLS_CA_CERTS: "ca.pem" },
      { kind: "insecure", source: "--insecure" },
    ],
    [
      "GUESTOPS_INSECURE=1 beats GOVC_TLS_CA_CERTS",
      {},
      { GUESTOPS_INSECURE: "1", GOVC_TLS_CA_CERTS: "ca.pem" },
      { kind: "insecure", source: "GUESTOPS_INSECURE" },
    ],
    [
      "GUESTOPS_CA_FILE beats GOVC_INSECURE=1",
      {},
      { GUESTOPS_CA_FILE: "ca.pem", GOVC_INSECURE: "1" },
      { kind: "ca", source: "GUESTOPS_CA_FILE", files: ["ca.pem"] },
    ],
    [
      "GOVC_INSECURE=1 with GOVC_TLS_CA_CERTS verifies with the CAs",
      {},
      { GOVC_INSECURE: "1", GOVC_TLS_CA_CERTS: "a.pem:b.pem" },
      { kind: "ca", source: "GOVC_TLS_CA_CERTS", files: ["a.pem", "b.pem"] },
    ],
    [
      "GOVC_INSECURE=1 alone skips verification",
      {},
      { GOVC_INSECURE: "1" },
      {
        kind: "insecure",
        source: "GOVC_INSECURE",
      },
    ],
    [
      "GUESTOPS_INSECURE=0 cancels GOVC_INSECURE=1",
      {},
      { GUESTOPS_INSECURE: "0", GOVC_INSECURE: "1" },
      { kind: "system" },
    ],
    [
      "GUESTOPS_INSECURE=0 keeps a CA from below: verify, with that CA",
      {},
      { GUESTOPS_INSECURE: "0", GOVC_TLS_CA_CERTS: "ca.pem" },
      { kind: "ca", source: "GOVC_TLS_CA_CERTS", files: ["ca.pem"] },
    ],
  ])("%s", (_title, flags, env, expected) => {
    expect(resolveTlsTrust(flags, env)).toEqual(expected);
  });

  test.each<[TlsFlags, Env, RegExp]>([
    [
      { insecure: true, caFile: "ca.pem" },
      {},
      /^--insecure and --ca-file exclude each other: keep --ca-file to verify vCenter's certificate with that CA, or \(knowingly\) --insecure alone to skip verification$/,
    ],
    [
      {},
      { GUESTOPS_INSECURE: "yes", GUESTOPS_CA_FILE: "ca.pem" },
      /^GUESTOPS_INSECURE and GUESTOPS_CA_FILE exclude each other: keep GUESTOPS_CA_FILE/,
    ],
  ])("refuses a CA and --insecure given at the same level (%j, %j)", (flags, env, message) => {
    expect(() => resolveTlsTrust(flags, env)).toThrow(message);
  });
});
