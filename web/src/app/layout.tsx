import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/ui/sections/site-header';
import '@/ui/global.css';
import '@/ui/catalog.css';
import '@/ui/resource.css';
import '@/ui/search.css';
import '@/ui/discovery.css';
import '@/ui/forms.css';
import '@/ui/paths.css';

export const metadata: Metadata = {
  title: { template: '%s · Learngraph', default: 'Learngraph' },
  description: 'Courses, programs, videos, podcasts and documents from many providers, in one catalog.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="content">{children}</main>
        <footer className="site-footer">
          <Link href="/developers">Developers</Link>
        </footer>
      </body>
    </html>
  );
}
