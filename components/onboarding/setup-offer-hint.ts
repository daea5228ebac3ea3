/**
 * Whether Today showed the setup offer when this device last knew, for `public/boot.js` to read
 * before the first paint. The profile decides; the hint only keeps the offer's place on Today from
 * opening or closing once the profile loads (a layout shift, and a late largest paint on a phone).
 */
export const SETUP_OFFER_HINT_KEY = 'splits.setupOfferShown';

export function rememberSetupOfferShown(shown: boolean): void {
  try {
    if (shown) window.localStorage.removeItem(SETUP_OFFER_HINT_KEY);
    else window.localStorage.setItem(SETUP_OFFER_HINT_KEY, 'no');
  } catch (error) {
    // Storage blocked or full: the next visit reserves the offer's place again, nothing worse.
    console.warn('Could not remember whether the setup offer shows', error);
  }
}
