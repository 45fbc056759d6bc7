import Link from 'next/link';

/** An unknown or malformed permalink id. */
export default function PermalinkNotFound() {
  return (
    <section className="notice" data-testid="permalink-not-found">
      <h2>No such comparison</h2>
      <p>
        There is no stored comparison with this id: check the link, or <Link href="/#upload">compare your own articles</Link>.
      </p>
    </section>
  );
}
