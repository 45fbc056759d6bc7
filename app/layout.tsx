import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import './globals.css';

/**
 * The site's metadata. `metadataBase` (the origin preview cards' image and page URLs are
 * resolved against) is `PARALLAX_PUBLIC_URL` when set, else the origin this request came to.
 */
export async function generateMetadata(): Promise<Metadata> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? `localhost:${process.env.PORT ?? 3000}`;
  const proto = h.get('x-forwarded-proto') ?? 'http';
  let base: URL;
  try {
    base = new URL(process.env.PARALLAX_PUBLIC_URL ?? `${proto}://${host}`);
  } catch {
    base = new URL(`http://localhost:${process.env.PORT ?? 3000}`);
  }
  return {
    metadataBase: base,
    title: { default: 'Parallax — compare news coverage', template: '%s · Parallax' },
    description: 'Several outlets report the same event: Parallax shows their accounts side by side, with who is named, who is quoted and what is dated.',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The page's interface language: `?lang=zh` (read by the proxy), else English. */
async function pageLang(): Promise<'en' | 'zh'> {
  return (await headers()).get('x-parallax-lang') === 'zh' ? 'zh' : 'en';
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const lang = await pageLang();
  return (
    <html lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
      <body>
        <header className="site-head">
          {/* No prefetch: the home page's RSC payload would be fetched after every page load, for a link few follow. */}
          <Link href="/" className="brand" prefetch={false}>
            Parallax
          </Link>
          <span className="tagline">{messages(lang).tagline}</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
