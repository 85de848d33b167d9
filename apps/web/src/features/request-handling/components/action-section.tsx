import type { ReactNode } from 'react';

/** One register or lifecycle action: its legal basis, then preview, then apply. */
export function ActionSection({
  id,
  title,
  article,
  children,
}: {
  id: string;
  title: string;
  article?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="panel action" id={id}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {article ? <p className="card__meta">{article}</p> : null}
      {children}
    </section>
  );
}
