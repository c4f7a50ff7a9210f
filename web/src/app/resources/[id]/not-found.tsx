import Link from 'next/link';

export default function ResourceNotFound() {
  return (
    <>
      <h1>Learning resource not found</h1>
      <p>No learning resource has this address. It may have been removed from the catalog, or the link may be wrong.</p>
      <p>
        <Link href="/resources">Browse all learning resources</Link>
      </p>
    </>
  );
}
