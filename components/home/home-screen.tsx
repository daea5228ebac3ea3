export function HomeScreen() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">Splits</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        Training for runners and rowers that lives on your device. Works offline; syncs when you
        want it to.
      </p>
    </main>
  );
}
