/**
 * aws-local-stepfunctions 3 calls `Promise.withResolvers` (Node 22) in every Task state; Node 20
 * lacks it. Imported for its effect before the engine runs anything.
 */
export interface WithResolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

/** `Promise.withResolvers`, typed for the ES2023 library this repository compiles against. */
export function withResolvers<T>(): WithResolvers<T> {
  let resolve!: WithResolvers<T>['resolve'];
  let reject!: WithResolvers<T>['reject'];
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const promiseCtor = Promise as unknown as { withResolvers?: <T>() => WithResolvers<T> };

if (typeof promiseCtor.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: withResolvers,
  });
}
