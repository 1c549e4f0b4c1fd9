import { z } from "zod";

// Request bodies of the spec, checked before anything runs. Unknown fields are dropped, and an
// optional field sent as null counts as unset (vAPI treats null as "not set").

function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

const credentials = z.object({
  interactive_session: z.boolean(),
  type: z.enum(["USERNAME_PASSWORD", "SAML_BEARER_TOKEN"]),
  user_name: optional(z.string()),
  password: optional(z.string()),
  saml_token: optional(z.string()),
});

/** Guest credentials as validated. */
export type GuestCredentials = z.infer<typeof credentials>;

const createSpecFields = {
  path: z.string(),
  arguments: optional(z.string()),
  working_directory: optional(z.string()),
  start_minimized: optional(z.boolean()),
};

/** `create` body, `/api`: environment as a map. */
export const apiCreateBody = z.object({
  credentials,
  spec: z.object({
    ...createSpecFields,
    environment_variables: optional(z.record(z.string(), z.string())),
  }),
});

/** `create` body, `/rest`: environment as a required list of `{key, value}`. */
export const restCreateBody = z.object({
  credentials,
  spec: z.object({
    ...createSpecFields,
    environment_variables: z.array(z.object({ key: z.string(), value: z.string() })),
  }),
});

/** `get`, `delete` (both flavors), `list` (`/api`), file get and delete bodies. */
export const credentialsBody = z.object({ credentials });

/** `list` body, `/rest`: optional `pids` filter. */
export const restListBody = z.object({
  credentials,
  pids: optional(z.array(z.number().int())),
});

/** `files?action=createTemporary` body. */
export const createTemporaryBody = z.object({
  credentials,
  prefix: z.string(),
  suffix: z.string(),
  parent_path: optional(z.string()),
});

/** `filesystem?action=create` body: no attributes = download, attributes = upload. */
export const createTransferBody = z.object({
  credentials,
  spec: z.object({
    path: z.string(),
    attributes: optional(
      z.object({
        size: z.number().int().min(0),
        overwrite: optional(z.boolean()),
        last_modified: optional(z.string()),
        last_accessed: optional(z.string()),
        windows: optional(
          z.object({ hidden: optional(z.boolean()), read_only: optional(z.boolean()) }),
        ),
        posix: optional(
          z.object({
            owner_id: optional(z.number().int()),
            group_id: optional(z.number().int()),
            permissions: optional(z.string()),
          }),
        ),
      }),
    ),
  }),
});
