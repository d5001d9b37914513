// What callbacks run inside the browser page (page.evaluate, addInitScript) may name. The tests
// themselves run in Node, whose fetch types the DOM library would replace, so only these are declared.
declare const window: Record<string, unknown>;
declare const document: { cookie: string; documentElement: { scrollWidth: number; clientWidth: number } };
declare const localStorage: { setItem(key: string, value: string): void; [key: string]: unknown };
declare const sessionStorage: Record<string, unknown>;
