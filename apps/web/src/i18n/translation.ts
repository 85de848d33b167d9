/**
 * The shape another language must match: the same keys as the Finnish
 * texts, every leaf a string. A missing or extra key is a type error, so
 * every screen text exists in Finnish, Swedish and English.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};
