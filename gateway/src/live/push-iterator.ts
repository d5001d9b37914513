/**
 * An async iterator fed by pushes (events arrive on their own schedule); `return()` — called
 * when the client unsubscribes or disconnects — runs `onClose` so nothing keeps listening.
 */
export function pushIterator<T>(onClose: () => void): AsyncIterableIterator<T> & { push(value: T): void } {
  const values: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let closed = false;

  const close = (): IteratorResult<T> => {
    if (!closed) {
      closed = true;
      onClose();
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    }
    return { value: undefined, done: true };
  };

  return {
    push(value: T) {
      if (closed) return;
      const resolve = waiting.shift();
      if (resolve) resolve({ value, done: false });
      else values.push(value);
    },
    next() {
      if (values.length) return Promise.resolve({ value: values.shift() as T, done: false });
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: () => Promise.resolve(close()),
    throw: (error: unknown) => {
      close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
