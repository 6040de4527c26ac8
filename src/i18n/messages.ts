/**
 * The shape each language's words must have: the English edition's, with every text widened to
 * `string`. A German module annotated with it fails the type check on a missing key, an extra
 * key, a list of another length, or a function that takes other arguments.
 */
export type Messages<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Messages<R>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Messages<T[K]> }
      : T extends object
        ? { [K in keyof T]: Messages<T[K]> }
        : T
