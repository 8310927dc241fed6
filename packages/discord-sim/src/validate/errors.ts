/**
 * Discord's error shapes: the JSON body of a failed request (`{ code, message, errors? }`) and the
 * "Invalid Form Body" (code 50035) error tree, where every failing field carries `_errors`.
 */

/** One entry of an `_errors` list, e.g. `{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }`. */
export interface DiscordFieldError {
  code: string;
  message: string;
}

/** The nested error tree of a 50035 response: keys are field names or array indexes. */
export interface DiscordErrorTree {
  _errors?: DiscordFieldError[];
  [key: string]: DiscordErrorTree | DiscordFieldError[] | undefined;
}

/** The JSON body Discord sends with a 4xx answer. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: DiscordErrorTree;
}

/** One problem at one path, before it is folded into a {@link DiscordErrorTree}. */
export interface FieldProblem {
  path: readonly (string | number)[];
  code: string;
  message: string;
}

/** JSON error codes the simulator answers with (the subset of Discord's list it can produce). */
export const JsonErrorCode = {
  General: 0,
  UnknownChannel: 10003,
  UnknownGuild: 10004,
  UnknownMessage: 10008,
  UnknownUser: 10013,
  UnknownWebhook: 10015,
  UnknownApplicationCommand: 10063,
  UnknownInteraction: 10062,
  CannotSendEmptyMessage: 50006,
  InvalidWebhookToken: 50027,
  InvalidFormBody: 50035,
  InteractionAlreadyAcknowledged: 40060,
  RequestEntityTooLarge: 40005,
  CannotEditOtherUsersMessage: 50005,
} as const;

/** An error a route handler throws to answer with `status` and a Discord error body. */
export class DiscordHttpError extends Error {
  /** The interaction the failed request concerned, if any (for recording). */
  interactionId: string | undefined = undefined;

  constructor(
    readonly status: number,
    readonly body: DiscordErrorBody,
  ) {
    super(`${status} ${body.message} (code ${body.code})`);
    this.name = 'DiscordHttpError';
  }

  /** 400 Invalid Form Body with the given field problems. */
  static invalidForm(problems: readonly FieldProblem[]): DiscordHttpError {
    return new DiscordHttpError(400, {
      code: JsonErrorCode.InvalidFormBody,
      message: 'Invalid Form Body',
      errors: buildErrorTree(problems),
    });
  }

  static notFound(code: number, message: string): DiscordHttpError {
    return new DiscordHttpError(404, { code, message });
  }
}

/** Fold path/problem pairs into Discord's nested `errors` object. */
export function buildErrorTree(problems: readonly FieldProblem[]): DiscordErrorTree {
  const root: DiscordErrorTree = {};
  for (const problem of problems) {
    let node = root;
    for (const key of problem.path) {
      const k = String(key);
      let next = node[k];
      if (next === undefined || Array.isArray(next)) {
        next = {};
        node[k] = next;
      }
      node = next;
    }
    node._errors ??= [];
    node._errors.push({ code: problem.code, message: problem.message });
  }
  return root;
}

/**
 * Flatten an error tree the way discord.js prints it: `data.content[BASE_TYPE_MAX_LENGTH]: Must be ...`.
 * Handy in assertion messages.
 */
export function flattenErrorTree(tree: DiscordErrorTree, prefix = ''): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    if (value === undefined) continue;
    if (key === '_errors' && Array.isArray(value)) {
      for (const e of value) lines.push(`${prefix || '(root)'}[${e.code}]: ${e.message}`);
      continue;
    }
    if (Array.isArray(value)) continue;
    const path = prefix === '' ? key : /^\d+$/.test(key) ? `${prefix}[${key}]` : `${prefix}.${key}`;
    lines.push(...flattenErrorTree(value, path));
  }
  return lines;
}

/**
 * Length messages worded like Discord's: `BASE_TYPE_MAX_LENGTH` ("Must be 2000 or fewer in length.") when only a
 * maximum applies, `BASE_TYPE_BAD_LENGTH` ("Must be between 1 and 100 in length.") when both bounds apply,
 * `BASE_TYPE_MIN_LENGTH` when only a minimum does.
 */
export function lengthProblem(
  path: readonly (string | number)[],
  length: number,
  min: number,
  max: number,
): FieldProblem | undefined {
  if (length >= min && length <= max) return undefined;
  if (min > 0 && Number.isFinite(max)) {
    return { path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` };
  }
  if (length > max) {
    return { path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` };
  }
  return { path, code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${min} or more in length.` };
}
