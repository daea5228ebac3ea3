// What the browser build gets for Node's `buffer` module (next.config.ts aliases it here).
// lib0/buffer, under Yjs, names the global `Buffer` in its Node-only base64 branch, and the bundler
// answered that name with a 22 KiB polyfill in the chunk every page loads. Nothing in the app
// takes that branch (bytes stay Uint8Array end to end), so this stands in for it and fails loudly
// if anything ever does.
function unavailable(): never {
  throw new Error("Node's Buffer is not part of the browser build; use Uint8Array.");
}

export const Buffer = { from: unavailable, alloc: unavailable, isBuffer: () => false };
