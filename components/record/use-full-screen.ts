'use client';

import { useCallback, useEffect, useState } from 'react';

/**
 * Full-screen recording: the recording fills the window as a layout, and where the browser has
 * the Fullscreen API its own bars go too. The layout works without the API (iPhone Safari has
 * none for pages; a browser may refuse), and leaving the browser's full screen (Escape, the back
 * gesture) leaves the layout as well, so there is one way in and one state to be in.
 */
export function useFullScreen() {
  const [on, setOn] = useState(false);

  useEffect(() => {
    const followBrowser = () => {
      if (!document.fullscreenElement) setOn(false);
    };
    document.addEventListener('fullscreenchange', followBrowser);
    return () => {
      document.removeEventListener('fullscreenchange', followBrowser);
      // Finishing or leaving the screen ends the browser's full screen with the layout.
      if (document.fullscreenElement) void leaveBrowserFullScreen();
    };
  }, []);

  const enter = useCallback(() => {
    setOn(true);
    const root = document.documentElement;
    if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return;
    root.requestFullscreen({ navigationUI: 'hide' }).catch((error: unknown) => {
      console.info('Full screen as a layout only; the browser said:', error);
    });
  }, []);

  const exit = useCallback(() => {
    setOn(false);
    if (document.fullscreenElement) void leaveBrowserFullScreen();
  }, []);

  return { on, enter, exit };
}

function leaveBrowserFullScreen(): Promise<void> {
  return document.exitFullscreen().catch((error: unknown) => {
    console.info('The browser kept its full screen:', error);
  });
}
