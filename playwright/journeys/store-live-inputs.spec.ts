import { expect, test } from './fixtures';

test('open settings and journal fields follow edits made in another tab', async ({
  page,
  context,
}) => {
  const second = await context.newPage();
  await page.goto('/settings/');
  await second.goto('/settings/');

  await second.getByLabel('Name').fill('Ada Lovelace');
  await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');
  await second.getByLabel('Max heart rate (bpm)').fill('188');
  await expect(page.getByLabel('Max heart rate (bpm)')).toHaveValue('188');
  await second.getByLabel('Threshold pace (per km)').fill('4:30');
  await second.getByLabel('Threshold pace (per km)').blur();
  await expect(page.getByLabel('Threshold pace (per km)')).toHaveValue('4:30');

  // The field being typed in keeps the athlete's text; the other tab follows it instead.
  await page.getByLabel('Name').fill('Ada King');
  await expect(second.getByLabel('Name')).toHaveValue('Ada King');
  await expect(page.getByLabel('Name')).toHaveValue('Ada King');

  await page.goto('/journal/');
  await second.goto('/journal/');
  await second.getByLabel('Sleep (hours)').fill('7.5');
  await expect(page.getByLabel('Sleep (hours)')).toHaveValue('7.5');
  await second.getByLabel('Note').fill('Legs felt fresh');
  await expect(page.getByLabel('Note')).toHaveValue('Legs felt fresh');
  // The athlete leaves the note in the second tab and goes on in the first.
  await second.getByLabel('Note').blur();
  await page.getByLabel('Note').fill('Legs felt fresh after the easy day');
  await expect(second.getByLabel('Note')).toHaveValue('Legs felt fresh after the easy day');
});
