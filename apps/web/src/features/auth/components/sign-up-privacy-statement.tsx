import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../paths';

/**
 * GDPR Art. 13: who processes the details a person is about to give, why and
 * on what basis, told where they give them; the periods (which the controller
 * sets) and the rights are one link away in the notice, at its section on
 * the portal's own processing (a layered notice, WP260 rev.01 §§ 35–38).
 */
export function SignUpPrivacyStatement() {
  const { t } = useTranslation('auth');
  return (
    <section className="notice" aria-labelledby="sign-up-privacy-heading">
      <h2 id="sign-up-privacy-heading" className="notice__title">
        {t('privacyStatement.heading')}
      </h2>
      <p>{t('privacyStatement.body')}</p>
      <p>
        <Link to={`${paths.privacyNotice}#notice-retention-portal`}>
          {t('privacyStatement.link')}
        </Link>
      </p>
    </section>
  );
}
