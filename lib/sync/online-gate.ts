/**
 * Dials the relay only while the device says it is online. Offline, a provider would otherwise
 * retry every few seconds per open document (each failure a console error naming the socket URL);
 * the browser's `online` event brings it back at once instead of at the next backoff step.
 */
export function dialWhileOnline(
  provider: {
    connect(): void;
    disconnect(): void;
    params: Record<string, string>;
  },
  currentToken: () => string,
): () => void {
  const online = () => {
    provider.params.token = currentToken();
    provider.connect();
  };
  const offline = () => provider.disconnect();
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  if (navigator.onLine) online();
  return () => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
  };
}
