/** One notification as a GATT server delivers it: which characteristic, and its bytes. */
export type Notification = { characteristic: string; bytes: Uint8Array };
