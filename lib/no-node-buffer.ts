// Stands in for Node's `buffer` in the browser build (next.config.ts): code that checks
// `typeof Buffer` sees none, and the polyfill stays out of the bundle.
export const Buffer = undefined;
