import type { Page } from '@/lib/content';

interface MainMenuProps {
  items: readonly Page[];
  /** The navigation landmark's name. */
  label: string;
  /** The text of the button that opens the menu on phones. */
  button: string;
  current?: string;
}

/**
 * The header's menu, a disclosure without script: on phones a button opens it as a list of tap targets of at least
 * 44 × 44 px; from `sm` up it stays open as one row and the button is gone (app/header.css).
 */
export function MainMenu({ items, label, button, current }: MainMenuProps) {
  return (
    <nav aria-label={label} className="max-sm:min-w-0 max-sm:flex-1">
      <details className="main-menu">
        <summary className="flex min-h-11 w-fit cursor-pointer list-none items-center gap-2 rounded-md border border-line px-3 font-semibold text-ink transition-colors hover:bg-accent-soft">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
            <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="2" />
          </svg>
          {button}
        </summary>
        <ul className="flex flex-wrap gap-1 max-sm:flex-col max-sm:py-1">
          {items.map((item) => {
            const isCurrent = item.key === current;
            return (
              <li key={item.key}>
                <a
                  href={item.path}
                  aria-current={isCurrent ? 'page' : undefined}
                  className={`block rounded-md px-3 py-2 font-medium transition-colors hover:bg-accent-soft hover:underline max-sm:flex max-sm:min-h-11 max-sm:items-center max-sm:py-0 ${
                    isCurrent ? 'bg-accent-soft text-accent underline decoration-2' : 'text-ink no-underline'
                  }`}
                >
                  {item.menuTitle}
                </a>
              </li>
            );
          })}
        </ul>
      </details>
    </nav>
  );
}
