import { expect, test } from "vitest";
import { rejectSecretFlags } from "./secret-flags.js";

test.each([
  [
    ["run", "--password", "hunter2"],
    /--password is not accepted: .*GUESTOPS_PASSWORD.*--password-stdin/,
  ],
  [["run", "--password=hunter2"], /--password is not accepted/],
  [["ps", "--guest-password", "x"], /--guest-password is not accepted: .*--guest-password-stdin/],
  [["run", "--saml-token=abc"], /--saml-token is not accepted: .*--saml-token-file/],
])("refuses %j and says how to pass the secret instead", (argv, message) => {
  expect(() => rejectSecretFlags(argv)).toThrow(message);
  expect(() => rejectSecretFlags(argv)).not.toThrow(/hunter2/);
});

test("accepts the stdin and file forms, and anything after --", () => {
  expect(() =>
    rejectSecretFlags([
      "run",
      "--password-stdin",
      "--guest-password-stdin",
      "--saml-token-file",
      "t",
      "--",
      "/usr/bin/mysql",
      "--password",
      "x",
    ]),
  ).not.toThrow();
});
