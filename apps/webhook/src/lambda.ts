import { handle } from "hono/aws-lambda";
import { createNodeApp } from "./node-app.js";

// Built at cold start (init phase): a ConfigError fails the init with the variable's name.
export const handler = handle(createNodeApp(process.env));
