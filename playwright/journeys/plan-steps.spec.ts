import { expect, test } from './fixtures';
import { findWorkout, makePlan, VIEWPORTS } from './plan-support';

for (const [name, viewport] of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('the step editor edits reps and targets, Escape closes it, saving locks and Unlock frees', async ({
      page,
    }) => {
      await makePlan(page, {
        goal: '10k',
        raceInDays: 84,
        weeklyMin: '200',
        best: { distanceM: '5000', time: '22:30' },
      });
      const tempo = await findWorkout(page, 'tempo');
      const before = await tempo.textContent();
      await tempo.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('list', { name: 'Steps' })).toContainText('Warm-up');
      await dialog.getByRole('button', { name: 'Edit steps and details' }).click();
      const times = dialog.getByLabel('Repeat 2: times');
      await times.fill('5');

      // Escape with unsaved changes asks first and keeps the draft; Discard closes without saving.
      await page.keyboard.press('Escape');
      const ask = dialog.getByRole('group', { name: /changes that are not saved/ });
      await expect(ask).toBeVisible();
      await ask.getByRole('button', { name: 'Keep editing' }).click();
      await expect(times).toHaveValue('5');
      await page.keyboard.press('Escape');
      await ask.getByRole('button', { name: 'Discard changes' }).click();
      await expect(dialog).toBeHidden();
      await expect(tempo).toBeFocused();
      expect(await tempo.textContent()).toBe(before);
      // With no changes, Escape just closes.
      await tempo.click();
      await dialog.getByRole('button', { name: 'Edit steps and details' }).click();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      await tempo.click();
      await dialog.getByRole('button', { name: 'Edit steps and details' }).click();
      await dialog.getByLabel('Repeat 2: times').fill('3');
      await dialog.getByLabel('Repeat 2, step 1 target 2: from').fill('4:20');
      await dialog.getByLabel('Repeat 2, step 1 target 2: to').fill('4:30');
      // A length the steps cannot fit is refused, saying how long they take.
      await dialog.getByLabel('Duration (min)').fill('5');
      await dialog.getByRole('button', { name: 'Save and lock' }).click();
      await expect(dialog.getByRole('alert')).toContainText(/take about \d+ min and cannot fit/);
      await dialog.getByRole('button', { name: /^Keep the steps’ \d+ min$/ }).click();
      // A step with no length is refused, saying which.
      await dialog.getByLabel('Step 1: length', { exact: true }).fill('');
      await dialog.getByRole('button', { name: 'Save and lock' }).click();
      await expect(dialog.getByRole('alert')).toContainText('Step 1: the length needs a number');
      await dialog.getByLabel('Step 1: length', { exact: true }).fill('15');
      await dialog.getByRole('button', { name: 'Save and lock' }).click();

      await expect(dialog.getByText('Locked: you set this.')).toBeVisible();
      await expect(dialog.getByRole('list', { name: 'Steps' })).toContainText('3 ×');
      await expect(dialog.getByRole('list', { name: 'Steps' })).toContainText('4:20–4:30 /km');
      await page.keyboard.press('Escape');
      await expect(tempo).toContainText(/3 × .* at 4:20–4:30 \/km/);
      await expect(tempo).toContainText('Locked: you set this');

      await tempo.click();
      await dialog.getByRole('button', { name: 'Unlock: let the plan adjust this again' }).click();
      await expect(dialog.getByText('Locked: you set this.')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(tempo).not.toContainText('Locked');
    });
  });
}
