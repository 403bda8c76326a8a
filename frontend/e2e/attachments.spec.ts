import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { login } from './helpers/login';

/** Demo data seeded by the backend (backend/src/main/resources/demo/households.sql). */
const MARIE_FILE = '40000000-0000-4000-8000-000000000c01';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('a social worker attaches a letter to a file, downloads it, is told a disguised program is refused, and removes it', async ({
  page,
}) => {
  const name = `Décision CPAS ${Date.now()}.pdf`;
  await login(page, 'sw-binhome', `/case-files/${MARIE_FILE}`);
  const documents = page.getByRole('region', { name: 'Documents' });
  await expect(documents).toBeVisible();

  await documents.getByRole('button', { name: 'Joindre un document' }).click();
  const form = documents.getByRole('form', { name: 'Joindre un document' });
  await form.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  await form.getByRole('button', { name: 'Joindre', exact: true }).click();
  await expect(form).toHaveCount(0);
  const download = documents.getByRole('button', { name: `Télécharger ${name}` });
  await expect(download).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe(name);
  const saved = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of saved) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).equals(PDF)).toBe(true);

  // A Windows program named like a PDF: the server looks at the content and refuses it.
  await documents.getByRole('button', { name: 'Joindre un document' }).click();
  const again = documents.getByRole('form', { name: 'Joindre un document' });
  await again
    .locator('input[type="file"]')
    .setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]) });
  await again.getByRole('button', { name: 'Joindre', exact: true }).click();
  await expect(again.getByRole('alert')).toContainText('Hestia n’accepte pas ce type de fichier');
  await expectNoSeriousA11yViolations(page);
  await again.getByRole('button', { name: 'Annuler' }).click();

  await documents.getByRole('button', { name: `Retirer le document ${name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retirer' }).click();
  await expect(documents.getByRole('button', { name: `Télécharger ${name}` })).toHaveCount(0);
});
