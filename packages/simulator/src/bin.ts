#!/usr/bin/env node
// The `guestops-simulator` bin: the only place that sets the process exit status.
import { runSimulatorCli } from "./cli.js";

process.exitCode = await runSimulatorCli(process.argv.slice(2));
