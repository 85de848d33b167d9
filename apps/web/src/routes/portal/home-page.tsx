import type { RequestType } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { useSession } from '../../features/auth/api/get-session';
import { paths } from '../../paths';

// The six rights in the order the front page explains them. A plain list: the
// front page is in the entry and must not load the contracts (and zod).
const rights = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
] as const satisfies readonly RequestType[];
type MissingRight = Exclude<RequestType, (typeof rights)[number]>;
// Compile-time check that no request type of the contracts is left out.
const _hasEveryRight: [MissingRight] extends [never] ? true : never = true;

export function HomePage() {
  const { t } = useTranslation('portal');
  const session = useSession();
  const isSignedIn = Boolean(session.data);
  return (
    <Page title={t('home.title')} lead={t('home.lead')}>
      <div className="button-row">
        {isSignedIn ? (
          <>
            <Link className="button button--primary" to={paths.newRequest}>
              {t('nav.newRequest')}
            </Link>
            <Link className="button button--secondary" to={paths.myRequests}>
              {t('nav.myRequests')}
            </Link>
          </>
        ) : (
          <>
            <Link className="button button--primary" to={paths.signUp}>
              {t('home.signUp')}
            </Link>
            <Link className="button button--secondary" to={paths.signIn}>
              {t('home.signIn')}
            </Link>
          </>
        )}
      </div>

      <section aria-labelledby="rights-heading">
        <h2 id="rights-heading">{t('home.rightsHeading')}</h2>
        <ul className="card-list card-list--compact">
          {rights.map((type) => (
            <li key={type} className="card">
              <h3 className="card__title">{t(`rights.${type}.title`)}</h3>
              <p>{t(`rights.${type}.description`)}</p>
              <p className="card__meta">{t(`rights.${type}.article`)}</p>
            </li>
          ))}
        </ul>
        <p>{t('home.withdrawConsent')}</p>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('home.howHeading')}</h2>
        <ol className="steps">
          <li>{t('home.how1')}</li>
          <li>{t('home.how2')}</li>
          <li>{t('home.how3')}</li>
          <li>{t('home.how4')}</li>
        </ol>
        <p>{t('home.free')}</p>
      </section>

      <section aria-labelledby="more-heading">
        <h2 id="more-heading">{t('home.moreHeading')}</h2>
        <p>
          {t('home.noticeIntro')} <Link to={paths.privacyNotice}>{t('home.noticeLink')}</Link>
        </p>
        <p>{t('home.complaint')}</p>
      </section>
    </Page>
  );
}
