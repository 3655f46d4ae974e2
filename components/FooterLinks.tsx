import type { Page } from '@/lib/content';

/** The pages a footer links to (legal notice, privacy, accessibility), as a named navigation landmark. */
export function FooterLinks({
  links,
  label,
  listClassName,
}: {
  links: readonly Page[];
  label: string;
  listClassName: string;
}) {
  if (links.length === 0) return null;
  return (
    <nav aria-label={label} data-print="hide">
      <ul className={listClassName}>
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.path} className="text-accent underline hover:no-underline">
              {link.menuTitle}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
