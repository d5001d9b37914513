import { lazy, type ComponentType } from 'react';

/**
 * A page loaded on first visit (its own chunk), so the first screen downloads only what it shows;
 * the Layout's Suspense shows «Загрузка…» meanwhile.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
