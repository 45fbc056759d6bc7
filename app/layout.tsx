import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Parallax — compare news coverage', template: '%s · Parallax' },
  description: 'Several outlets report the same event: Parallax shows their accounts side by side, with who is named, who is quoted and what is dated.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-head">
          <Link href="/" className="brand">
            Parallax
          </Link>
          <span className="tagline">the same event, as each outlet tells it</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
