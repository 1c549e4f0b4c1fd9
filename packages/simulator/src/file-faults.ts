import type { VapiErrorType } from "@guestops/core";
import {
  ACCESS_DENIED_ID,
  FILE_NOT_FOUND_ID,
  NOT_A_DIRECTORY_ID,
  NOT_A_FILE_ID,
  PATH_NOT_ABSOLUTE_ID,
} from "./message-ids.js";
import { VapiFault } from "./vapi-fault.js";

/** `reason` of FileErrorDetails. */
export type FileErrorReason = "NOT_A_FILE" | "NOT_A_DIRECTORY" | "FILE_NOT_FOUND";

function fileFault(
  errorType: VapiErrorType,
  id: string,
  reason: FileErrorReason,
  path: string,
  text: string,
): VapiFault {
  return new VapiFault(errorType, id, text, {
    args: [path],
    data: { reason, file_path: path },
  });
}

/** 404 NOT_FOUND with FileErrorDetails FILE_NOT_FOUND. */
export function fileNotFound(path: string): VapiFault {
  return fileFault("NOT_FOUND", FILE_NOT_FOUND_ID, "FILE_NOT_FOUND", path, `${path} not found.`);
}

/** 400 INVALID_ARGUMENT with FileErrorDetails NOT_A_FILE. */
export function notAFile(path: string): VapiFault {
  return fileFault("INVALID_ARGUMENT", NOT_A_FILE_ID, "NOT_A_FILE", path, `${path} is not a file.`);
}

/** 400 INVALID_ARGUMENT with FileErrorDetails NOT_A_DIRECTORY. */
export function notADirectory(path: string): VapiFault {
  return fileFault(
    "INVALID_ARGUMENT",
    NOT_A_DIRECTORY_ID,
    "NOT_A_DIRECTORY",
    path,
    `${path} is not a directory.`,
  );
}

/** 400 INVALID_ARGUMENT: the guest path is not absolute. */
export function notAbsolute(path: string): VapiFault {
  return new VapiFault(
    "INVALID_ARGUMENT",
    PATH_NOT_ABSOLUTE_ID,
    `The guest path ${JSON.stringify(path)} is not absolute.`,
    { args: [path] },
  );
}

/** 403 UNAUTHORIZED: the path exists but the guest user may not use it. */
export function accessDenied(path: string, why: string): VapiFault {
  return new VapiFault("UNAUTHORIZED", ACCESS_DENIED_ID, `${path} cannot be accessed: ${why}.`, {
    args: [path],
  });
}

/** The Node error code of a failed fs call, if any. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}
