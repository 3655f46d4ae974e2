import type { Metadata } from 'next';
import { routing } from '@/i18n/routing';
import '../globals.css';

// The static export's `/` has no language of its own; each part of the page carries its lang.
export const metadata: Metadata = { robots: { index: false } };

export default function LanguageChoiceLayout({ children }: LayoutProps<'/'>) {
  return (
    <html lang={routing.defaultLocale}>
      <body className="bg-page font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
