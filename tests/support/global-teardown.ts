export default async function globalTeardown(): Promise<void> {
  await globalThis.__ECO_STACK__?.destroy();
}
