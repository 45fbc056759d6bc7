import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="notice">
      <h2>Not found</h2>
      <p>
        There is no comparison at this address. <Link href="/">Back to the sample comparison</Link>.
      </p>
    </section>
  );
}
