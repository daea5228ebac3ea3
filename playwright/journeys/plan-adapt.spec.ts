import { expect, test } from './fixtures';
import { localDay, makePlan, showDay, workoutOn } from './plan-support';

test('a rough morning eases the coming days: the check names each day and why, and Accept undoes', async ({
  page,
}) => {
  await makePlan(page, {
    goal: 'general-fitness',
    weeklyMin: '150',
    dayOffsets: [0, 1, 2, 4],
    longDayOffset: 4,
  });
  const today = await localDay(page, 0);
  await showDay(page, today.iso);
  const todays = workoutOn(page, today.iso);
  const id = await todays.getAttribute('data-workout-id');
  const before = await todays.textContent();

  // Four hours of sleep and very sore: readiness says rest or go very gently.
  await page.goto('/journal/');
  await page.getByLabel('Sleep (hours)').fill('4');
  await page.getByLabel('Sleep (hours)').blur();
  await page.getByLabel('Muscle soreness').selectOption('5');
  await page.goto('/');
  await expect(
    page.getByText('A rest day or something very gentle would serve you best.'),
  ).toBeVisible();

  await page.goto('/plan/');
  await page.getByRole('button', { name: 'Check the coming days' }).click();
  // The note says which days are kept easy and why; each change names its day and its reason.
  const found = page.getByRole('list', { name: 'What the check found' });
  await expect(found).toContainText(
    /Readiness is \d+ today: the next 3 days, \w+ to \w+, are kept easy/,
  );
  await expect(found).toContainText(`${today.weekday}'s`);
  const changes = page.getByRole('list', { name: 'Proposed changes' }).getByRole('listitem');
  await expect(changes.first()).toBeVisible();
  for (const change of await changes.all()) {
    await expect(change).toHaveAttribute('data-change-kind', 'ease');
    await expect(change).toContainText(
      /^Eased · .+ · (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/,
    );
    await expect(change).toContainText(
      /Readiness is \d+ today, so \w+'s .+ becomes an? [\w ]+ session of \d+ minutes/,
    );
  }

  // Accepting today's change eases today's workout; Undo puts it back.
  const todaysChange = changes
    .filter({ hasText: `Eased · ` })
    .filter({ hasText: `${today.weekday}'s` });
  await todaysChange.first().getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByTestId('last-action')).toContainText(`Updated: `);
  await showDay(page, today.iso);
  const eased = page.locator(`[data-workout-id="${id}"]`);
  await expect(eased).not.toHaveText(before!);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(eased).toHaveText(before!);
  await expect(eased).not.toContainText('Locked');
});
