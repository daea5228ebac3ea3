// Applies the athlete's light/dark choice before the first paint (a blocking file, not inline, so
// the content security policy needs no exception). The choice is per device, in localStorage;
// "system" follows the operating system and keeps following it while the app is open.
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
