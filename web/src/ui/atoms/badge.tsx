import type { ReactNode } from 'react';

/**
 * A short fact set apart from the text around it, such as "Free" or "Certificate"; `highlight` for the one
 * a learner scans for first.
 * @example <Badge highlight>Free</Badge>
 */
export function Badge({ children, highlight = false }: { children: ReactNode; highlight?: boolean }) {
  return <span className={highlight ? 'badge badge-highlight' : 'badge'}>{children}</span>;
}
