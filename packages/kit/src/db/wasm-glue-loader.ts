import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg' with { 'resolution-mode': 'import' };

type SchemaEngineClass = typeof SchemaEngine;

// @types/node 20 has no WebAssembly typings and the kit's lib excludes DOM, so
// the few members used here are typed locally instead of declared globally
// (a global declaration would clash once either of those starts providing them).
type WasmModule = object;
interface WasmApi {
  Module: (new (bytes: Uint8Array) => WasmModule) & {
    imports(module: WasmModule): { module: string; name: string }[];
  };
  Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => { exports: object };
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface WasmGlue {
  SchemaEngine: SchemaEngineClass;
  __wbg_set_wasm(exports: object): void;
  [name: string]: unknown;
}

interface CompiledEngine {
  module: WasmModule;
  glueSource: string;
  gluePath: string;
}

let compiled: CompiledEngine | undefined;

// Compiling the 5 MB module is the costly part, so it happens once per process;
// instances are cheap and made per engine.
function compileOnce(): CompiledEngine {
  if (!compiled) {
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmBytes = readFileSync(join(dirname(gluePath), 'schema_engine_bg.wasm'));
    compiled = {
      module: new wasmApi.Module(wasmBytes),
      glueSource: readFileSync(gluePath, 'utf8'),
      gluePath,
    };
  }
  return compiled;
}

/**
 * Evaluates wasm-bindgen's glue as a function body. The package ships it only
 * as an ES module, which `require` cannot load under Jest (nor on Node 20
 * before 20.19); the file has no imports and exports only top-level functions
 * and one class, so dropping the `export` keywords yields the same code as a
 * script. A fresh evaluation also gives each engine its own glue state (the
 * glue keeps its wasm instance in a module-level variable).
 */
function evaluateGlue({ glueSource, gluePath }: CompiledEngine, setTimeoutForGlue: typeof setTimeout): WasmGlue {
  const names: string[] = [];
  const body = glueSource.replace(/^export (function|class) ([A-Za-z_$][\w$]*)/gm, (_match, kind: string, name: string) => {
    names.push(name);
    return `${kind} ${name}`;
  });
  if (/^\s*(export|import)\b/m.test(body) || !names.includes('SchemaEngine') || !names.includes('__wbg_set_wasm')) {
    throw new Error(`Unexpected module format in ${gluePath}: the schema engine glue changed shape`);
  }
  // ES modules are always strict; keep that when running the code as a function.
  const factory = new Function('setTimeout', `'use strict';\n${body}\nreturn { ${names.join(', ')} };\n//# sourceURL=${gluePath}`);
  return factory(setTimeoutForGlue) as WasmGlue;
}

export interface LoadedSchemaEngine {
  SchemaEngine: SchemaEngineClass;
  /** Cancels the timers the engine left behind; call once it is freed. */
  cancelTimers(): void;
}

/**
 * The engine arms timeouts (10 s around its own lock, for one) and never clears
 * them, since dropping a Rust future does not reach JS; pending, they keep a
 * CLI or a test process alive for seconds after the work is done. The glue's
 * setTimeout is therefore one that remembers its timers.
 */
function trackedTimers(): { setTimeout: typeof setTimeout; cancelAll(): void } {
  const pending = new Set<NodeJS.Timeout>();
  const tracked = (callback: () => void, ms?: number): NodeJS.Timeout => {
    const timer = setTimeout(() => {
      pending.delete(timer);
      callback();
    }, ms);
    pending.add(timer);
    return timer;
  };
  return {
    setTimeout: tracked as typeof setTimeout,
    cancelAll() {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    },
  };
}

/** A ready-to-use `SchemaEngine` class backed by its own wasm instance. */
export function loadSchemaEngine(): LoadedSchemaEngine {
  const engine = compileOnce();
  const timers = trackedTimers();
  const glue = evaluateGlue(engine, timers.setTimeout);
  // Every import the module declares is a function of the glue, found by name.
  const imports: Record<string, Record<string, unknown>> = {};
  for (const { module, name } of wasmApi.Module.imports(engine.module)) {
    const value = glue[name];
    if (typeof value !== 'function') {
      throw new Error(`Schema engine wasm needs ${module}.${name}, which the glue does not provide`);
    }
    (imports[module] ??= {})[name] = value;
  }
  const { exports } = new wasmApi.Instance(engine.module, imports);
  glue.__wbg_set_wasm(exports);
  (exports as { __wbindgen_start(): void }).__wbindgen_start();
  return { SchemaEngine: glue.SchemaEngine, cancelTimers: timers.cancelAll };
}
