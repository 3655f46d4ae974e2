import { notFound } from 'next/navigation';

// Deeper unknown paths under a language get that language's 404 page.
export default function UnknownPath(): never {
  notFound();
}
