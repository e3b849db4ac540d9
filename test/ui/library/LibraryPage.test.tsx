// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryPage } from '../../../src/ui/library/LibraryPage';
import { renderPage } from '../renderPage';

const text = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../content/texts/digital-rmb.json'), 'utf8'),
) as {
  titleTl: string;
  titleEn: string;
};

describe('LibraryPage', () => {
  it('lists the article as a link named by its Tagalog title, with its English title and counts', async () => {
    await renderPage(<LibraryPage />);
    const link = await screen.findByRole('link', { name: text.titleTl });
    expect(link).toHaveAttribute('href', '/read/digital-rmb');
    expect(screen.getByText(text.titleEn)).toBeInTheDocument();
    expect(screen.getByText(/20 sentences · \d{3} words/)).toBeInTheDocument();
  });

  it("says where the learner's own texts will be while there are none", async () => {
    await renderPage(<LibraryPage />);
    expect(await screen.findByRole('heading', { name: 'Your texts' })).toBeInTheDocument();
    expect(screen.getByText(/None yet\. Texts you add/)).toBeInTheDocument();
  });
});
