// Runs before the first paint (a blocking file, not inline, so the content security policy needs
// no exception). Two things every page needs before the app's own scripts start:

// 1. This device's athlete id, made on the very first visit. Made here rather than during React's
//    first render so that a second tab opened while the first is still starting finds it and
//    shows the same documents instead of making an athlete of its own. (lib/store/athlete-id.ts
//    reads it, and makes one itself only where this file did not run.)
(function () {
  var KEY = 'splits.athleteId';
  try {
    // Only where there is none: an id already here (whatever its form) is the app's to judge.
    if (!localStorage.getItem(KEY)) localStorage.setItem(KEY, crypto.randomUUID());
  } catch {
    // Storage blocked: the app makes an id for this visit when it starts.
  }
})();

// 2. The light/dark choice. It is per device, in localStorage; "system" follows the operating
//    system and keeps following it while the app is open.
(function () {
  var root = document.documentElement;
  var query = window.matchMedia('(prefers-color-scheme: dark)');
  function apply() {
    var choice = 'system';
    try {
      choice = localStorage.getItem('splits-theme') || 'system';
    } catch {
      // Storage can be blocked (private modes, policies): follow the system then.
      choice = 'system';
    }
    var dark = choice === 'dark' || (choice !== 'light' && query.matches);
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
  }
  apply();
  query.addEventListener('change', apply);
  window.addEventListener('storage', function (event) {
    if (event.key === 'splits-theme') apply();
  });
  window.addEventListener('splits-theme', apply);
})();

// 3. Whether Today offers the first-run setup, as this device last knew it
//    (components/onboarding/setup-offer-hint.ts): the offer is in the page as served, and hiding
//    it here, before the first paint, keeps the cards below it from jumping once the profile loads.
(function () {
  try {
    if (localStorage.getItem('splits.setupOfferShown') === 'no') {
      document.documentElement.setAttribute('data-setup-offer', 'hidden');
    }
  } catch {
    // Storage blocked: the offer keeps its place until the profile says otherwise.
  }
})();
