import { notFound } from 'next/navigation';

// Unknown paths under a locale render that locale's not-found page (with the site layout).
export default function CatchAll(): never {
  notFound();
}
