import { describe, expect, test } from "vitest";
import * as simulator from "./index.js";

describe("@guestops/simulator public API", () => {
  test("exports exactly these runtime names (a new one is a visible diff)", () => {
    expect(Object.keys(simulator).sort()).toEqual([
      "DEFAULT_USERS",
      "DEMO_GUEST_PASSWORD",
      "GUEST_CREDENTIALS_INVALID_ID",
      "LOGIN_FAILED_ID",
      "SESSION_AUTH_REQUIRED_ID",
      "demoInventory",
      "runSimulatorCli",
      "startSimulator",
    ]);
  });
});
