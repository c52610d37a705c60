'use client';
// The navigation's links, the one of the section shown marked as the current page.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** Whether `pathname` is in the section at `href` (the section's page or one below it). */
function inSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return links.map(({ href, label }) => (
    <li key={href}>
      <Link href={href} aria-current={inSection(pathname, href) ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  ));
}
