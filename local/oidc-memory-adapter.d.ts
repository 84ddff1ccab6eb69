/** oidc-provider's in-memory store, taken explicitly (the local provider keeps sessions only while it runs). */
declare module 'oidc-provider/lib/adapters/memory_adapter.js' {
  import type { Adapter } from 'oidc-provider';
  export function createMemoryAdapter(clockTolerance?: number): (model: string) => Adapter;
}
