import type { PrivacyNotice, PrivacyNoticeBlock } from '@oikeus/domain';
import { useTranslation } from 'react-i18next';

/** The notice's structured blocks as semantic HTML: headings, lists and definition lists. */
export function PrivacyNoticeView({ notice }: { notice: PrivacyNotice }) {
  const { t } = useTranslation('portal');
  return (
    <div className="prose" lang={notice.locale}>
      {notice.introduction.map((block, index) => (
        <Block key={index} block={block} />
      ))}
      <nav aria-labelledby="notice-contents" className="contents">
        <h2 id="notice-contents">{t('notice.contents')}</h2>
        <ol>
          {notice.sections.map((section) => (
            <li key={section.id}>
              <a href={`#notice-${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {notice.sections.map((section, index) => (
        <section
          key={section.id}
          id={`notice-${section.id}`}
          aria-labelledby={`notice-${section.id}-h`}
        >
          <h2 id={`notice-${section.id}-h`}>
            {index + 1}. {section.heading}
          </h2>
          {section.blocks.map((block, blockIndex) => (
            <Block key={blockIndex} block={block} />
          ))}
          {section.subsections.map((subsection) => (
            <section key={subsection.id} aria-labelledby={`notice-${section.id}-${subsection.id}`}>
              <h3 id={`notice-${section.id}-${subsection.id}`}>{subsection.heading}</h3>
              {subsection.blocks.map((block, blockIndex) => (
                <Block key={blockIndex} block={block} />
              ))}
            </section>
          ))}
        </section>
      ))}
      <p className="hint">{t('notice.version', { version: notice.version })}</p>
    </div>
  );
}

function Block({ block }: { block: PrivacyNoticeBlock }) {
  switch (block.type) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'fields':
      return (
        <dl className="summary-list">
          {block.fields.map((field, index) => (
            <div className="summary-list__row" key={index}>
              <dt>{field.label}</dt>
              <dd>
                {field.href ? (
                  <a
                    href={field.href}
                    {...(field.href.startsWith('http') ? { rel: 'noreferrer' } : {})}
                  >
                    {field.value}
                  </a>
                ) : (
                  field.value
                )}
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'definitions':
      return (
        <dl className="definitions">
          {block.items.map((item, index) => (
            <div key={index} className="definitions__item">
              <dt>{item.term}</dt>
              {item.details.map((detail, detailIndex) => (
                <dd key={detailIndex}>{detail}</dd>
              ))}
            </div>
          ))}
        </dl>
      );
  }
}
