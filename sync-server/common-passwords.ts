// Bases of the passwords people pick most often, curated by hand for this project from what
// published breach-frequency studies agree on (common words, names, sports, pets, phrases), plus
// words of this app's own world (splits, marathon, rowing, …). A password whose letters are one of these, with digits or
// symbols around them ("Password2024!", "marathon123"), is refused. Lower case, letters only.
export const COMMON_BASES: ReadonlySet<string> = new Set(
  `
  password passwort passw pass letmein welcome iloveyou loveyou admin administrator root login
  qwerty azerty qwertz abc abcdef abcd secret master monkey dragon shadow sunshine princess
  football soccer baseball basketball hockey tennis golf superman batman spiderman starwars
  pokemon trustno whatever freedom charlie michael jennifer jessica ashley daniel thomas
  robert jordan hunter ranger buster tigger pepper ginger cookie cheese chocolate summer
  winter spring autumn flower lovely family friends forever hello helloworld test tester
  testing guest user changeme default access computer internet google facebook samsung apple
  iphone android mustang ferrari harley yankees liverpool chelsea arsenal barcelona madrid
  london paris killer matrix ninja mickey minnie snoopy angel baby babygirl sweetie lucky
  bailey maggie buddy jesus christ blessed heaven money banana orange purple silver golden
  diamond q qaz zaq wsx asdf asdfgh asdfghjkl zxcvbnm qwertyuiop qazwsx qazwsxedc zaqxsw
  mypassword newpassword passwordpassword iloveu loveme fuckyou splits running runner marathon
  halfmarathon rowing rower concept training fitness strava garmin parkrun jogging athlete
  coach
  `
    .trim()
    .split(/\s+/),
);

// Rows and columns of the keyboard, and the alphabet: any run of them is a walk, not a secret.
export const KEYBOARD_WALKS: readonly string[] = [
  '1234567890',
  '0987654321',
  'abcdefghijklmnopqrstuvwxyz',
  'zyxwvutsrqponmlkjihgfedcba',
  'qwertyuiopasdfghjklzxcvbnm',
  'mnbvcxzlkjhgfdsapoiuytrewq',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7',
  '1q2w3e4r5t6y7u8i9o0p',
  'q1w2e3r4t5y6u7i8o9p0',
];
