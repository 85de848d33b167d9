import { requestTypes } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../paths';

/** The six rights a request can use, each with a plain-language summary and its article. */
export function RightChooser() {
  const { t } = useTranslation('portal');
  return (
    <ul className="card-list">
      {requestTypes.map((type) => (
        <li key={type} className="card">
          <h3 className="card__title">
            <Link to={paths.newRequestOfType.to(type)} className="card__link">
              {t(`rights.${type}.title`)}
            </Link>
          </h3>
          <p>{t(`rights.${type}.description`)}</p>
          <p className="card__meta">{t(`rights.${type}.article`)}</p>
        </li>
      ))}
    </ul>
  );
}
