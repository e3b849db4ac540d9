import * as v from 'valibot';
import type { ContentProblem } from './problems';

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly ContentProblem[] };

/** `unknown` in, a typed value or problems naming the file and the path inside it out. */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  file: string,
  textId?: string,
): ParseResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, data);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return { file, ...(textId ? { textId } : {}), message: path ? `${path}: ${issue.message}` : issue.message };
    }),
  };
}
