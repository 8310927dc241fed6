/**
 * Small zod building blocks that report problems with Discord's codes and wording, and the translation of
 * zod issues into Discord's {@link FieldProblem}s.
 */
import { z } from 'zod';
import { type FieldProblem, lengthProblem } from './errors.ts';

/** Discord counts string lengths in Unicode code points, not UTF-16 units. */
export function codePointLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function discordIssue(
  code: string,
  message: string,
): { code: 'custom'; message: string; params: { discord: { code: string; message: string } } } {
  return { code: 'custom', message, params: { discord: { code, message } } };
}

/**
 * A string of at most `max` code points. With `required`, an empty string is answered like a missing field
 * (`BASE_TYPE_REQUIRED`), which is what Discord does for e.g. embed field names.
 */
export function text(max: number, opts: { min?: number; required?: boolean } = {}) {
  const min = opts.min ?? 0;
  return z.string().superRefine((value, ctx) => {
    const n = codePointLength(value);
    if (opts.required && n === 0) {
      ctx.addIssue(discordIssue('BASE_TYPE_REQUIRED', 'This field is required'));
      return;
    }
    const p = lengthProblem([], n, min, max);
    if (p) ctx.addIssue(discordIssue(p.code, p.message));
  });
}

/** An array of `min`..`max` items, with Discord's length wording. */
export function list<T extends z.ZodType>(item: T, max: number, min = 0) {
  return z.array(item).superRefine((value, ctx) => {
    const p = lengthProblem([], value.length, min, max);
    if (p) ctx.addIssue(discordIssue(p.code, p.message));
  });
}

/** An integer in `[min, max]`. */
export function int(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value)) {
      ctx.addIssue(discordIssue('NUMBER_TYPE_COERCE', `Value "${value}" is not int.`));
    } else if (value < min) {
      ctx.addIssue(discordIssue('NUMBER_TYPE_MIN', `int value should be greater than or equal to ${min}.`));
    } else if (value > max) {
      ctx.addIssue(discordIssue('NUMBER_TYPE_MAX', `int value should be less than or equal to ${max}.`));
    }
  });
}

/** A snowflake id as a decimal string. */
export const snowflakeString = z.string().superRefine((value, ctx) => {
  if (!/^\d{1,20}$/.test(value))
    ctx.addIssue(discordIssue('NUMBER_TYPE_COERCE', `Value "${value}" is not snowflake.`));
});

/** Make a schema-level custom issue from inside a `superRefine` over a larger object. */
export function addProblem(
  ctx: {
    addIssue: (issue: {
      code: 'custom';
      message: string;
      path?: PropertyKey[];
      params?: Record<string, unknown>;
    }) => void;
  },
  path: (string | number)[],
  code: string,
  message: string,
): void {
  ctx.addIssue({ ...discordIssue(code, message), path });
}

type AnyIssue = z.core.$ZodIssue;

function describe(input: unknown): string {
  if (typeof input === 'string') return input;
  try {
    return JSON.stringify(input) ?? String(input);
  } catch {
    return String(input);
  }
}

/** Translate zod issues (parsed with `reportInput: true`) into Discord field problems under `prefix`. */
export function zodIssuesToProblems(
  issues: readonly AnyIssue[],
  prefix: readonly (string | number)[] = [],
): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k.description) : k))];
    switch (issue.code) {
      case 'custom': {
        const d = (issue.params as { discord?: { code: string; message: string } } | undefined)?.discord;
        out.push({ path, code: d?.code ?? 'BASE_TYPE_INVALID', message: d?.message ?? issue.message });
        break;
      }
      case 'invalid_type': {
        if (issue.input === undefined) {
          out.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
        } else if (issue.expected === 'object') {
          out.push({
            path,
            code: 'MODEL_TYPE_CONVERT',
            message: 'Only dictionaries may be used in a ModelType',
          });
        } else if (issue.expected === 'array') {
          out.push({ path, code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' });
        } else if (issue.expected === 'number' || issue.expected === 'int') {
          out.push({
            path,
            code: 'NUMBER_TYPE_COERCE',
            message: `Value "${describe(issue.input)}" is not int.`,
          });
        } else if (issue.expected === 'boolean') {
          out.push({ path, code: 'BOOLEAN_TYPE_CONVERT', message: 'Must be either true or false.' });
        } else {
          out.push({
            path,
            code: 'STRING_TYPE_CONVERT',
            message: `Could not interpret "${describe(issue.input)}" as ${issue.expected}.`,
          });
        }
        break;
      }
      case 'invalid_value':
        out.push({
          path,
          code: 'BASE_TYPE_CHOICES',
          message: `Value must be one of {${issue.values.map((v) => describe(v)).join(', ')}}.`,
        });
        break;
      case 'invalid_union': {
        const disc = (issue as { discriminator?: string }).discriminator;
        if (disc !== undefined || issue.errors.length === 0) {
          out.push({
            path: disc === undefined ? path : [...path, disc],
            code: 'UNION_TYPE_CHOICES',
            message: `Value of field "${disc ?? 'type'}" is not one of the accepted values.`,
          });
        } else {
          // Report the branch that came closest (fewest problems).
          const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
          out.push(...zodIssuesToProblems(best, path));
        }
        break;
      }
      case 'too_big':
        out.push({
          path,
          code: 'NUMBER_TYPE_MAX',
          message: `int value should be less than or equal to ${issue.maximum}.`,
        });
        break;
      case 'too_small':
        out.push({
          path,
          code: 'NUMBER_TYPE_MIN',
          message: `int value should be greater than or equal to ${issue.minimum}.`,
        });
        break;
      default:
        out.push({ path, code: `BASE_TYPE_${issue.code.toUpperCase()}`, message: issue.message });
    }
  }
  return out;
}

/** Parse `input` against `schema`; answer the Discord problems (empty when valid). */
export function check(
  schema: z.ZodType,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): FieldProblem[] {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? [] : zodIssuesToProblems(result.error.issues, prefix);
}

// ---- compile-time drift checks -------------------------------------------------------------------------

/** Remove the `| undefined` that zod puts on optional properties, deeply, so types compare under exactOptionalPropertyTypes. */
export type DeepDefined<T> = T extends readonly (infer U)[]
  ? DeepDefined<U>[]
  : T extends object
    ? { [K in keyof T]: DeepDefined<Exclude<T[K], undefined>> }
    : T;

/** All keys of every member of a union. */
export type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** `true` when every value the schema accepts is also a valid `Api` value. */
export type AcceptsOnly<Schema, Api> = [DeepDefined<Schema>] extends [Api] ? true : false;

/** `true` when the schema knows no field that the API type lacks. */
export type NoUnknownKeys<Schema, Api> = [Exclude<KeysOfUnion<Schema>, KeysOfUnion<Api>>] extends [never]
  ? true
  : false;

/** Fails to compile unless `T` is `true`. */
export type Expect<T extends true> = T;
