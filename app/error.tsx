'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="notice" role="alert">
      <h2>Something went wrong</h2>
      <p>{error.digest ? `Error reference ${error.digest}.` : 'The page could not be shown.'}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
