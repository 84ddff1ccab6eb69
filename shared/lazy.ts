/**
 * lazy(build): an object that is built on first use. It stands for what build() returns — every
 * property read, `in`, Object.keys, instanceof goes to the built object — but build() runs only
 * when something first looks at it, and never when nothing does.
 *
 * Why: a cold start runs every module's top level, and building zod schemas is a large part of
 * it. shared/schemas.ts builds every schema through this, so a function builds only the schemas
 * its invocation parses (a GET builds almost none), not every schema of its group.
 *
 * Marked free of side effects so a bundler can also drop every lazy() whose result is unused.
 * Methods read through the stand-in are the built object's own (bound to it where the object
 * binds them, as zod does), so `const { parse } = schema` behaves as before.
 */
export const lazy = /* @__NO_SIDE_EFFECTS__ */ <T extends object>(build: () => T): T => {
  let built: T | undefined;
  const target = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key),
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
    deleteProperty: (_, key) => Reflect.deleteProperty(target(), key),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(target(), key, descriptor),
    ownKeys: () => Reflect.ownKeys(target()),
    // The stand-in itself holds nothing, so it may only report properties as configurable.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
};
