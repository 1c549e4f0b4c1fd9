import type { z } from "zod";
import { BAD_REQUEST_ID } from "./message-ids.js";
import { VapiFault } from "./vapi-fault.js";

function invalid(message: string): VapiFault {
  return new VapiFault("INVALID_ARGUMENT", BAD_REQUEST_ID, message);
}

/**
 * Parses and validates a JSON request body. Every failure is a 400 INVALID_ARGUMENT naming the
 * first problem, never a 500: bad input is the caller's mistake.
 */
export function parseBody<T extends z.ZodType>(schema: T, raw: Buffer): z.output<T> {
  const text = raw.toString("utf8");
  if (text.trim() === "") throw invalid("The request body is required.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "body" : issue.path.join(".");
  throw invalid(`Invalid request body at ${where}: ${issue?.message ?? "invalid"}.`);
}
